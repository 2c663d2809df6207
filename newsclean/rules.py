"""The line rules: each names one kind of chrome, says why it dropped a block, and is cheap.

A line rule looks at one block's text. It has

* ``phrases``: whole-block phrases (compared after lower-casing and trimming punctuation), looked up in
  one dict shared by all rules, so a menu word costs one hash lookup whatever the number of rules;
* ``pattern``: a regular expression the *whole* block must match (case-insensitive), tried only when
  the block's first word is one of ``triggers`` or the block contains one of ``contains`` (so prose is
  never run through it);
* ``max_words``: longer blocks are never this rule's chrome.

Sequence rules (the article's extent, trailer markers, headline lists, the repeated title) live in
:mod:`newsclean.cleaner`; they work on structure (length, punctuation, capitals, blank lines, position)
and need no words at all. The phrases cover the languages of the dev corpora and the large European
languages plus Chinese, Japanese, Korean and Russian.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LineRule:
    """A named kind of chrome line."""

    name: str
    what: str
    max_words: int
    phrases: tuple[str, ...] = ()
    pattern: str | None = None
    triggers: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    #: the line also ends the article (copyright, disclaimers, tag lists, comment headings): what follows
    #: it is chrome too, once enough of the text has been seen
    trailer: bool = False


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.replace("_", " ") for word in text.split())


_SOCIAL = (
    "facebook twitter x linkedin whatsapp pinterest reddit telegram tumblr flipboard messenger email e-mail "
    "mail print sms threads bluesky mastodon vk weibo wechat line xing instagram youtube copy_link copy_url "
    "link_copied copy_link_to_clipboard"
)
_PREV = r"(?:previous|prev|older|vorige|vorherige|précédent|anterior|precedente|vorig)"
_NEXT = r"(?:next|newer|nächste|suivant|siguiente|successivo|volgende)"
_SOCIAL_RE = "|".join(re.escape(w) for w in _words(_SOCIAL))

#: the words of a link to the rest of a story ("Read more", "Weiterlesen")
_MORE_RE = (
    r"read more|continue reading|keep reading|read the rest|weiterlesen|mehr lesen|lire la suite|lire plus"
    r"|leer más|seguir leyendo|continua a leggere|leggi tutto|leia mais|lees meer|читать далее"
)

#: who a photo credit names: capitalised words ("Jane Roe for the Herald", "Icons8 Team on Unsplash",
#: "Roe; Lee/Agency"), the first may start with a small letter before a capital ("dLeña"); a word ends
#: at a separator, which is not optional (a word of capitals cut every way took minutes)
_CREDIT_NAME = (
    r"\w{0,2}(?-i:[A-Z\d])[\w.&'’-]*+"
    r"(?:(?=[;, /])[;,]? ?(?:/ ?)?(?:(?-i:[A-Z\d])[\w.&'’-]*+|for|of|and|the|de|on|at|via)){0,8}"
)

#: what follows an agency's name in a credit: names, "via", "for the", "file photo", never a clause of three
#: small words ("Witnesses told AP/Reuters that the blast ..."); a lookahead to put after the name
_NO_CLAUSE = r"(?![^()\[\]]*?(?-i:\b(?!(?:via|for|of|the|and|on|at|in|from)\b)[a-z]+ [a-z]+ [a-z]+\b))"

#: a credit that says whose the photo is in words of its own: "Photo by ", "Illustrations courtesy of "
#: (drop_photo_credit; the cleaner keeps the line above such a credit, which is a caption by itself)
BY_CREDIT = (
    r"(?:photos?|photographs?|photography|photo[- ]illustration|illustrations?|images|pictures|fotos?)"
    r"(?: by| courtesy of| via) "
)

LINE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "drop_player_controls",
        "video or audio player control",
        24,
        phrases=_words(
            "play play_video play_now play_all pause mute unmute volume fullscreen full_screen"
            " exit_fullscreen "
            "non-fullscreen close × ✕ ✖ x replay skip_ad skip watch watch_now watch_video watch_live live "
            "now_playing up_next next_video playback_rate chapters descriptions descriptions_off,_selected "
            "captions captions_off,_selected subtitles subtitles_off audio_track this_is_a_modal_window "
            "end_of_dialog_window close_modal_dialog escape_will_cancel_and_close_the_window "
            "caption_settings_dialog no_compatible_source_was_found_for_this_media picture-in-picture reset "
            "done restore_all_settings_to_the_default_values font_size font_family text_edge_style text "
            "background window color transparency opaque semi-transparent white black red green blue yellow "
            "magenta cyan video_player_is_loading stream_type_live seek_to_live,_currently_playing_live "
            "seek_to_live,_currently_behind_live listen listen_to_this_article listen_to_article lecture "
            "wiedergabe reproducir riproduci lire_la_vidéo video vidéo audio current_time duration "
            "remaining_time loaded progress 0% 100% 1x 2x 1.5x 0.5x 1.25x 0.75x"
        ),
        pattern=r"-?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?"
        r"|(?:current time|duration|remaining time|loaded|progress)\s*:?\s*[-\d:.%]+"
        r"|beginning of dialog window\..*|the media could not be loaded.*|media error.*"
        r"|this is a modal window\.(?: this modal can be closed by pressing the escape key or activating the"
        r" close button\.| .{0,80}escape .{0,80})?"
        r"|(?:ad|advertisement) \d+(?::\d+| of \d+)|(?:listen|play|watch)\s*\(?\d+\s*min(?:ute)?s?\)?"
        r"|listen to this (?:story|article)(?:\s*[.:|–-].{0,120})?"
        r"|\d+\s*min(?:ute)?s?\s+(?:listen|watch)|\d{1,3}\s*(?:of|/|von|de|di|sur)\s*\d{1,3}\s*\|?"
        r"|(?:image|photo|slide|picture|bild|foto) \d{1,3}(?: of| von| de| di| sur|/) ?\d{1,3}",
        triggers=_words(
            "0 1 2 3 4 5 6 7 8 9 00 01 02 03 04 05 06 07 08 09 10 11 12 -0 current duration remaining loaded "
            "progress beginning the media ad advertisement listen play watch image photo slide picture bild"
            " foto this"
        ),
        contains=(":", " of ", "/"),
    ),
    LineRule(
        "drop_skip_link",
        "navigation link",
        5,
        phrases=_words(
            "skip_to_content skip_to_main_content skip_to_the_content skip_to_navigation skip_to_search "
            "skip_to_footer skip_to_article skip_to_main skip_navigation skip_to_main_navigation "
            "jump_to_content jump_to_navigation jump_to_main_content zum_inhalt_springen direkt_zum_inhalt "
            "aller_au_contenu aller_au_contenu_principal passer_au_contenu ir_al_contenido "
            "ir_al_contenido_principal saltar_al_contenido vai_al_contenuto salta_al_contenuto naar_inhoud "
            "pular_para_o_conteúdo ir_para_o_conteúdo перейти_к_содержанию "
            "本文へ移動 本文へスキップ 본문_바로가기 "
            "accessibility accessibility_links accessibility_help toggle_navigation menu open_menu "
            "close_menu main_menu navigation search search_for search... type_to_search search_this_site go "
            "submit back_to_top to_top top home home_page homepage startseite accueil inicio sections "
            "section all_sections more show_more see_more see_all view_all load_more show_less expand "
            "collapse open_navigation_menu back close_search open_search"
        ),
    ),
    LineRule(
        "drop_post_navigation",
        "links to the previous and next articles",
        8,
        pattern=r"(?:[«‹<←]\s*)?" + _PREV + r"(?:\s*[»›>→])?\s*[|/·•-]?\s*" + _NEXT + r"(?:\s*[»›>→])?"
        r"|(?:[«‹<←]\s*)?(?:"
        + _PREV
        + "|"
        + _NEXT
        + r") (?:article|post|story|entry|artikel|beitrag|página|pagina)"
        r"\b.*",
        triggers=_words(
            "« ‹ < ← previous prev next older newer vorige vorherige nächste précédent suivant anterior "
            "siguiente precedente successivo vorig volgende"
        ),
        trailer=True,
    ),
    LineRule(
        "drop_share_bar",
        "share bar or counter",
        12,
        phrases=_words(
            "share share_this share_this_article share_this_story share_this_post share_this_page "
            "share_this_gallery share_this_video share_the_story share_article share_story share_on"
            " share_via "
            "shares tweet compartir partager teilen condividi compartilhar delen dela udostępnij поделиться "
            "分享 シェア 공유 save saved bookmark copied copied! gift_article gift_this_article "
            "give_this_article follow_us follow opens_in_new_window opens_in_a_new_window open_in_app "
            "add_to_favorites add_to_favourites add_to_bookmarks add_to_reading_list save_for_later "
            "save_article save_story like likes reactions 分享到 "
            "分享至 微信 微博 朋友圈 ツイート はてなブックマーク "
            "いいね 카카오톡 공유하기"
        )
        + _words(_SOCIAL),
        pattern=r"(?:(?:share|tweet|compartir|partager|teilen|condividi|compartilhar|delen|share this \w+|"
        r"share on|share via)\s*:?\s*)?(?:(?:" + _SOCIAL_RE + r"|share|tweet|save|more|\d[\d.,]*+[km]?"
        r"|share (?:full |this )?(?:article|story|post|page|gallery|video)|\.{3}|…|✕|×|share on|share via|on)"
        r"[\s|·•/,:-]*){1,12}"
        r"|\d[\d.,]*[km]?\s*(?:shares?|likes?|views?|reactions?)"
        # the reading time: "11 min read", "3-minute read", "Lesezeit: 4 Min.", "Temps de lecture : 3 min"
        r"|\d{1,3}[ -]?(?:min\.?|minutes?)(?: read| de lecture| di lettura| de lectura| leestijd)"
        r"|(?:lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|reading time)"
        r"\s*:?\s*\d{1,3}\s*(?:min\.?|minuten|minutes?|minutos|minuti)"
        r"|(?:follow us|follow|like us) on .{1,40}|(?:click|tap) to (?:share|email|print).*"
        r"|(?:" + _SOCIAL_RE + r"|share|print|resize|close|search|menu|plus|comments?|bookmark)\s+icon",
        triggers=_words(
            "share tweet compartir partager teilen condividi compartilhar delen follow like click tap "
            "resize close search menu plus comment comments bookmark lesezeit temps tiempo tempo leestijd "
            "reading " + _SOCIAL
        )
        + tuple("0123456789"),
    ),
    LineRule(
        "drop_advertisement",
        "advertisement label",
        10,
        phrases=_words(
            "advertisement advertisements advertisment advertising ad ads sponsored sponsored_content "
            "sponsored_post sponsored_links promoted promoted_content promoted_stories paid_content"
            " paid_post "
            "partner_content anzeige anzeigen werbung publicité publicidad pubblicità reclame advertentie "
            "reklama реклама 广告 広告 광고 story_continues_below_advertisement "
            "article_continues_below_advertisement article_continues_below "
            "article_continues_after_advertisement content_continues_below story_continues_below "
            "continue_reading_below continue_reading_the_main_story scroll_to_continue "
            "scroll_to_continue_with_content scroll_down_to_continue report_this_ad report_ad ad_feedback "
            "why_this_ad remove_ads hide_ad hide_ads (ad) - advertisement - – advertisement –"
        ),
        pattern=r"(?:sponsored|promoted|paid partner(?:ship)?|in partnership) (?:by|with) [^.!?]{1,60}"
        r"|(?:advertisement\s*[-–:]\s*)?(?:the )?(?:article|story|content|text|page) continues "
        r"(?:below|after)(?: (?:this|the))?"
        r"(?: ad(?:vertisement)?)?\.?",
        triggers=_words("sponsored promoted paid in the article story content text page advertisement"),
    ),
    LineRule(
        "drop_subscribe_prompt",
        "newsletter, subscription, donation or sign-in prompt",
        60,
        phrases=_words(
            "sign_up subscribe register log_in login sign_in create_account create_an_account "
            "create_a_free_account create_free_account join join_now join_today join_us get_the_newsletter "
            "newsletter newsletters become_a_member become_a_subscriber already_a_subscriber "
            "already_a_subscriber? already_have_an_account already_have_an_account? already_registered "
            "not_a_subscriber not_a_subscriber? try_free try_it_free start_free_trial start_your_free_trial "
            "subscribe_now subscribe_today subscribers_only exclusive_to_subscribers my_account account "
            "profile log_out logout sign_out manage_subscription manage_account abonnieren "
            "jetzt_abonnieren anmelden registrieren abmelden s'abonner abonnez-vous se_connecter connexion "
            "suscríbete suscribirse iniciar_sesión regístrate iscriviti abbonati accedi assine entrar "
            "inscreva-se aanmelden abonneren inloggen подписаться войти 订阅 登录 購読 ログイン 구독 로그인 "
            "privacy_policy terms_of_use terms_of_service terms_and_conditions terms_&_conditions "
            "cookie_policy cookie_settings do_not_sell_my_personal_information your_privacy_choices "
            "email_address your_email your_email_address enter_your_email enter_your_email_address "
            "see_all_newsletters unsubscribe_at_any_time"
        ),
        # (after a sentence of its own: "Get the most out of the Herald. Subscribe to our newsletter to ...")
        pattern=r"(?:[^.?!]{1,60}[.?!] )?(?:\W{0,3}please )?(?:sign up|subscribe|register|join)(?: now| today"
        r"| here)?(?: for| to)(?: (?:our|the|a|an|free|daily|weekly|breaking))* .{0,80}"
        r"(?:newsletters?|e-?mails?|updates|alerts|digest|briefing).*"
        r"|sign up to receive (?:our|the latest|daily|weekly|breaking|exclusive|email|news|updates"
        r"|alerts)\b.*"
        r"|(?=.*\b(?:in|to) your inbox\b)(?=.*\b(?:get|sign|subscribe|delivered|straight|directly|weekly"
        r"|daily|"
        r"newsletters?|free|every|stories|news|headlines|morning|evening|weekday|by \d)\b).+"
        r"|enter (?:your |a |the )?(?:e-?mail|city|zip|postal|location|address|search|keywords?|user ?name"
        r"|password|phone)\b.*|(?:thank you|thanks) for (?:signing up|"
        r"subscribing).*|by (?:signing up|subscribing|clicking|submitting|registering)(?=.*(?:terms|privacy|"
        r"policy|agree)).*|we respect your privacy.*|you(?:'ve|’ve| have) (?:reached|read|used|viewed) .*"
        r"(?:free|limit|articles?|stories|this month).*|already (?:a subscriber|have an account"
        r"|registered)\??.*"
        r"|get (?:the|our) .{0,40}newsletters?.*"
        # a newsletter's blurb: "Get The Weekly delivered every Friday.", "News, delivered to you daily."
        r"|.{0,200}\bget (?:it|them|the [\w'’ ]{1,30}) delivered (?:every|each|daily|weekly|once)\b.{0,60}"
        r"|[^.!?]{1,120}, delivered (?:to you|to your inbox|straight to you)"
        r" (?:every \w+|each \w+|daily|weekly)[.!]?"
        r"|(?:abonnez-vous|inscrivez-vous|abonnieren sie"
        r"|melden sie sich"
        r"|suscríbete|suscribete|iscriviti|assine|inscreva-se|schrijf je in|meld je aan)\b.{0,120}"
        r"|.{0,80}\b(?:dans votre boîte (?:mail|e-mail|de réception)|in ihr(?:em)? postfach|en tu (?:bandeja|"
        r"correo)|nella tua (?:casella|inbox))\b.{0,80}|you have \d+ free (?:articles?|stories) left.*"
        r"|(?:this|the) (?:article|story|content) is "
        r"(?:only )?(?:for|available to|exclusive to) (?:subscribers|members).*|(?:subscribe|sign up|log in|"
        r"sign in|register)(?: now| today)? (?:for|to) (?:continue|read|unlock|get|access).*"
        r"|unlock (?:this|full|unlimited) .*|(?:get|gain) (?:unlimited|full|digital) access.*"
        r"|subscribe (?:for|from) (?:just |only )?(?:\$|£|€|\d).*|support (?:our|independent) journalism.*"
        r"|(?=.*\b(?:donate|donating|donations? (?:to|of any)|contribute|contributing|make a contribution"
        r"|support (?:us|our|independent|quality))\b)"
        # (the money is for the newsroom: "donate $20 million to schools" or "contributing $12.9 billion to
        # the economy" is news)
        r"(?=.*(?:journalism|newsroom|free for (?:everyone|all)|reader-funded|membership|as little as)).+"
        r"|(?:contact|email|e-mail) me with .{0,60}(?:offers|news|promotions).*|receive (?:e-?mails?"
        r"|newsletters?|"
        r"offers|updates) from .*|i (?:agree|consent) to (?:receive|the) .*|join .{0,60}\bwho read\b.*"
        r"|stay (?:on the cutting edge|in the know|informed|up[- ]to[- ]date|connected)\b.{0,60}"
        # the appeal for the newsroom's money: "we", "journalism" and a plea in one block
        r"|(?=.*\b(?:we|our|us)\b)(?=.*\b(?:journalism|newsroom|news free)\b)"
        r"(?=.*\b(?:support (?:our|us|it|this|independent|quality)|your support|afford|free for everyone"
        r"|freely accessible|contribut\w*|help keep|as little as)\b).+",
        triggers=_words(
            "sign subscribe register join enter thank thanks by we you you've you’ve already this the unlock"
            " get "
            "gain support contact email e-mail receive i join stay log abonnez-vous inscrivez-vous"
            " abonnieren melden suscríbete suscribete iscriviti "
            "assine inscreva-se schrijf meld"
        ),
        contains=(
            "journalism",
            "newsroom",
            "news free",
            "inbox",
            "boîte mail",
            "boîte e-mail",
            "boîte de réception",
            "postfach",
            "bandeja",
            "casella",
            "donat",
            "contribut",
            "support",
            "sign up",
            "subscribe",
            "delivered",
        ),
    ),
    LineRule(
        "drop_contact_line",
        "how to reach the writer or the desk, where to follow them",
        35,
        # (a sign-off may open with a dash: "—Contact Jane Roe at ...", "—Staff writer Jane Roe can be ...")
        pattern=r"[—–-]?(?:(?:contact|email|e-mail|you can (?:email|e-mail|write to|reach|contact))"
        r" (?-i:[A-Z])[^.@]{0,60} at \S+@\S+.{0,200}"
        r"|(?:(?-i:[A-Z])[\w'’-]* [\w'’-]+ )?(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,3}"
        r" (?:may|can) be (?:reached|contacted|emailed) (?:at|by|on|via) \S+@\S+.{0,120}"
        r"|(?:[^.?!]{0,80}[?!] ){1,2}(?:email|e-mail|write to|contact) (?:us|(?-i:[A-Z])[\w'’-]*"
        r"(?: (?-i:[A-Z])[\w'’-]*){0,3}) at \S+@\S+.{0,60})"
        r"|follow (?:him|her|them|(?:the )?(?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,4}"
        r"(?: (?:page|section|account|team|desk))?)"
        r" on (?:x|twitter|facebook|instagram|threads|tiktok|linkedin|snapchat|youtube|bluesky)\b(?!\?)"
        r".{0,120}",
        triggers=_words("contact email e-mail reach you follow"),
        contains=("@",),  # (an address is in every form but "Follow ... on X", which "follow" triggers)
    ),
    LineRule(
        "drop_widget_notice",
        "a page widget's error message or the article's age notice",
        12,
        pattern=r"(?:oops!?\s*)?something went wrong\.?(?:\s*please try again(?: later)?[.!]?)?"
        r"|(?:please )?try again later[.!]?"
        r"|this (?:article|story|page|post) is (?:more than|over|older than) (?:a|an|one|\d+) (?:days?|weeks?"
        r"|months?|years?) old",
        triggers=_words("oops something please try this"),
    ),
    LineRule(
        "drop_noscript",
        "message for browsers without JavaScript",
        40,
        pattern=r"(?=.*\b(?:enable|turn on|activate|allow) javascript|.*\bjavascript (?:is|must be|has been) "
        r"(?:disabled|required|turned off|needed)|.*\byour browser (?:does not|doesn't) support"
        r"|.*\b(?:javascript aktivieren|activer javascript|activa javascript|habilita javascript)).+",
        contains=("javascript", "your browser does not support", "your browser doesn't support"),
    ),
    LineRule(
        "drop_cookie_banner",
        "cookie or consent banner",
        220,
        phrases=_words(
            "accept accept_all accept_cookies accept_all_cookies reject reject_all reject_all_cookies allow "
            "allow_all allow_cookies allow_all_cookies decline i_agree i_accept agree got_it ok okay "
            "manage_preferences manage_settings manage_cookies manage_options manage_consent "
            "cookie_preferences cookie_consent more_options akzeptieren alle_akzeptieren zustimmen "
            "tout_accepter accepter refuser aceptar aceptar_todo rechazar accetta accetta_tutto rifiuta "
            "aceitar recusar accepteren weigeren"
        ),
        pattern=r"(?=.*\bcookies?\b)(?=.*(?:\b(?:we|this (?:web)?site|our (?:web)?site|our partners|third[- ]"
        r"part(?:y|ies)|[a-z]+ sets this)\b.{0,40}\b(?:use|uses|using|store|stores|set|sets|collect|place)\b"
        r"|\b(?:accept|allow|reject|agree to|consent to)(?: all| our| the)?(?: use of)?"
        r"(?: our| the| these| all)? cookies?|\bcookies? (?:settings|policy|preferences|declaration)"
        r"|necessary cookies|strictly necessary|opt[- ]out|privacy (?:policy|settings)|\bset by\b"
        r"|\bsets? (?:this|a|the) cookie|\bcookies? (?:is|are) (?:set|used|stored)\b"
        r"|cookie consent (?:plugin|tool|manager)\b"
        r"|to (?:improve|enhance|personali[sz]e) (?:your|the) (?:experience|browsing))).+"
        r"|(?=.*\bcookies?\b)(?=.*\b(?:necessary|essential|functional|analytics|performance|targeting|"
        r"advertising|list|settings|preferences|policy|declaration|duration|expiry|always active"
        r"|third[- ]party|"
        r"session)\b)(?:\S+\s+){0,5}cookies?(?:\s+\S+){0,5}"
        r"|(?=.*\b(?:datenschutz\w*|consentement|consentimiento|consenso"
        r"|tracking technologies))(?=.*\b(?:wir|sie|"
        r"ihre?|unsere?|nous|vous|votre|nuestr[oa]s?|usamos|utilizamos|utilizziamo|usiamo|noi|we|our|you"
        r"|your)\b).+",
        contains=("cookie", "datenschutz", "consent", "tracking technologies"),
    ),
    LineRule(
        "drop_affiliate_disclosure",
        "affiliate or sponsorship disclosure",
        60,
        pattern=r"(?=.*\b(?:affiliate (?:links?|commissions?|partners?|programs?|marketing)|(?:we|us|site)"
        r"(?: may| might| will| could)? (?:earn|receive|get|be paid)\b.{0,40}\b(?:commissions?|compensation|"
        r"share|money|revenue|fee)|independently (?:selected|chosen|reviewed)|links? (?:on|in) this (?:page|"
        r"article|post)|at no (?:extra|additional) cost to you"
        # (a disclosure says so of itself, not "... independent of the owners"; money made when you click;
        # "Why you can trust <Site>" or "us" opens its line)
        r"|(?:content|recommendations|reviews|picks|coverage)\b[^.]{0,40}\b(?:is|are) editorially independent"
        r"(?! (?:of|from)\b)|(?:we|us)(?: may| might)? make money when you\b)"
        r"|why you can trust (?:us\b|our\b|(?-i:[A-Z0-9]))).+"
        # a sponsor's notice opens its line ("Paid for by ...", "This ad was paid for by ..."), where a
        # sentence has it in its middle ("The library was paid for by a bond")
        r"|(?:this (?:ad|advertisement|message|content|post|article|page) (?:is|was|has been) )?"
        # (and goes on with names, not a clause: "Paid for by the city, the new bridge opened ...")
        r"paid for by (?:(?!, (?-i:[a-z])).)+",
        contains=(
            "editorially independent",
            "make money when",
            "why you can trust",
            "affiliate",
            "commission",
            "compensat",
            "independently",
            "no extra cost",
            "no additional cost",
            "paid for by",
            "this page",
            "this article",
            "this post",
        ),
    ),
    LineRule(
        "drop_call_to_action",
        "shopping or app button",
        12,
        phrases=_words(
            "buy_now shop_now view_deal view_deals see_deal get_deal get_the_deal check_price check_prices "
            "see_price see_prices view_price compare_prices shop_the_story shop_this_story get_the_app "
            "download_the_app open_app install_app learn_more find_out_more sign_up_now jetzt_kaufen "
            "zum_angebot acheter comprar acquista"
        ),
        pattern=r"(?:view|see|shop|buy|get|check|try|read)(?: it)? (?:(?:now |it )?(?:at|on|from) .{2,40}|"
        r".{0,30}\b(?:now|deal|deals|price|prices))(?:\s*\(opens in a new (?:tab|window)\))?"
        r"|(?:(?:was|now|from|list price:?|deal price:?) )?(?:\$|£|€)\s?\d[\d.,]*(?: (?:\$|£|€)\s?\d[\d.,]*)?"
        r"(?: (?:at|on|from) .{2,30})?|pre-?order(?: now)?(?: (?:at|on|from) .{2,30})?"
        r"|best prices? today:? .{2,40}"
        r"|(?:download|install|get|try) (?:the|our) .{0,40}\bapp\b.*|(?:please )?use (?:the )?(?:chrome|"
        r"firefox|safari|a modern) browser.*|why you can trust .{2,40}",
        triggers=_words(
            "view see shop buy get check try read download install please use why was now from list deal "
            "preorder pre-order best $ £ €"
        )
        + tuple("$£€"),
        contains=("$", "£", "€"),
    ),
    LineRule(
        "drop_read_more",
        "read-more link",
        30,
        phrases=_words(
            "read_more continue_reading keep_reading read_full_story read_full_article read_the_full_story "
            "read_the_full_article read_the_rest read_article read_story read_on see_full_coverage "
            "view_full_story weiterlesen mehr_lesen mehr_dazu lire_la_suite lire_plus leer_más "
            "continua_a_leggere leia_mais lees_meer читать_далее 阅读全文 "
            "閱讀全文 阅读更多 閱讀更多 続きを読む 더보기 "
            "more... mehr... plus... más... (more...) … ..."
        ),
        pattern=r"[(\[]?(?:(?:also read|read also|read more|read next|must read|related|recommended|see also|"
        r"more|watch|listen|don't miss|do not miss|also see|trending|explore|read|see|click here"
        r"|more from|(?:watch|listen|see) (?:more|also|next|this))"
        r"\s*[:|>»›→-]\s*.+|(?:lesen sie (?:auch|mehr)|lire aussi|à lire (?:aussi|également)"
        r"|lee también|leggi anche|leia também|lees ook|читайте также|read more(?: about)?|click here)"
        r"\b.{0,150}"
        r"|also\s*:\s*[^.!?]{3,150})"
        r"|.{3,120}\b(?:by )?click(?:ing)? here(?: (?:to|for)\b.{0,80})?[.!]?"
        # another story's summary, cut short, and the link to it: "Ever wondered why... Read more"
        r"|.{10,300}?(?:…|\.\.\.) ?(?:" + _MORE_RE + r")(?: ?(?:" + _MORE_RE + r")| [\w-]+(?:\.[\w-]+)+)*",
        triggers=_words(
            "also read related recommended see more watch listen don't do trending explore must lesen "
            "lire à lee leggi leia lees читайте click"
        ),
        contains=("click here", "clicking here", "…", "..."),
    ),
    LineRule(
        "drop_embedded_post",
        "embedded social-media post",
        80,
        pattern=r".*\bpic\.twitter\.com/\S+.*|[—–-]\s?[^()]{1,60}\(@\w{1,30}\)\s.{0,40}\d{4}.*"
        r"|.{0,400}\b(?:https?://)?(?:t\.co|instagr\.am|youtu\.be)/\w+.*|view this post on instagram"
        r"|a post shared by .{1,80}",
        contains=(
            "pic.twitter.com",
            "(@",
            "t.co/",
            "instagr.am/",
            "youtu.be/",
            "post shared by",
            "view this post on instagram",
        ),
    ),
    LineRule(
        "drop_disclaimer",
        "disclaimer or publication note",
        80,
        pattern=r"(?:the )?(?:views|opinions) expressed (?:here|in this|by|are).*"
        r"|(?:the )?authors?(?: or authors)? "
        r"(?:do(?:es)? not|did not|has no|have no|holds? no)\b.{0,80}\b(?:shares|positions?|interests?"
        r"|stake).*"
        r"|a version of this (?:article|story|piece) (?:appears|appeared|was published) .*"
        r"|this (?:article|story|post|piece|content) (?:was|is|has been) (?:originally |first |previously )?"
        r"(?:published|produced|written|created|syndicated|adapted|republished|provided|updated)\b.*"
        r"|this (?:article|story|post|piece|content) (?:originally|first) appeared (?:in|on)\b.*"
        # a column's or a site's notice: the subject is the text itself or the column's name
        r"|(?:(?:this|the|our) (?:article|story|content|information|material|column|post|page|site"
        r"|newsletter|video|podcast)(?: (?:on|in) this (?:site|page|article))?|(?:the )?information"
        r" (?:contained |provided )?(?:in|on) this (?:article|site|page)"
        r"|(?-i:[A-Z])[\w'’]*(?: (?:(?-i:[A-Z])[\w'’]*|the|of|and|a|an)){0,4})"
        r" (?:is|are) (?:provided )?(?:solely )?for (?:general )?(?:educational and )?informational?"
        r"(?: and educational)? purposes only\b.*"
        r"|(?:(?:this|the|our) (?:article|content|information|material|column|post|newsletter)"
        r"|nothing (?:in|on) this (?:article|site|page))\b.{0,40}\bdoes not constitute"
        r" (?:medical|financial|legal|investment|professional|tax) advice\b.*"
        r"|(?:a|the) (?:copy|review copy|review code|code|unit) of [^.]{1,60} was (?:independently sourced"
        r"|provided|supplied)(?: by [^.]{1,40})? for (?:the purposes? of )?(?:this |our |the )?review"
        r"(?: by [^.]{1,40})?\.?"
        r"|(?:the )?(?:news|editorial) (?:and editorial )?(?:departments?|staff) .{0,40}(?:had"
        r"|have) no role.*"
        r"|(?:no|none of the) .{0,40}(?:was|were) (?:involved|used) in (?:the )?(?:creation|writing"
        r"|production).*"
        # the licence of a site's pages: "Except as otherwise noted, the content of this page is licensed
        # under ...", "Text is available under the Creative Commons ..."
        r"|except (?:as|where) otherwise noted,? .{0,200}\b(?:licensed|available) under\b.*"
        r"|.{0,80}\b(?:on|of) this (?:page|site|website|web site|blog|wiki)\b.{0,40}\b(?:is|are) (?:licensed"
        r"|available) under\b.*"
        r"|(?:the )?(?:text|content) is available under (?:the )?creative commons\b.*",
        triggers=_words("the views opinions author authors a this no none news editorial except text"),
        contains=(
            "licensed under",
            "available under",
            "informational purposes",
            "does not constitute",
            "for review",
            "for this review",
            "for our review",
        ),
        trailer=True,
    ),
    LineRule(
        "drop_copyright",
        "copyright or footer line",
        30,
        trailer=True,
        pattern=r"(?:©|\(c\)|℗).*|copyright\b(?=.*(?:\d{4}|rights|reserved|©)).*|copyright(?: [^\s.]+){0,3}"
        r"|(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|"
        r"todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|版权所有"
        r"|版權所有|無断転載|저작권).*|.{0,120}(?:all rights reserved|alle rechte vorbehalten|tous droits "
        r"réservés|todos los derechos reservados|tutti i diritti riservati)\.?"
        # the notice that the site's material may not be reproduced
        r"|(?:the )?(?:material|content|contents) (?:on|of) this (?:web ?)?site (?:may|must) not be "
        r"(?:reproduced|copied|republished)\b.*|no part of this (?:\w+ ){0,3}may be (?:reproduced|copied)\b.*"
        r"|(?:any )?reproduction(?: or distribution)?(?: in whole or in part| of (?:this|these|the|our) "
        r"(?:material|content|article|site|page)s?)?(?: without (?:the )?(?:express |prior )?(?:written )?"
        r"(?:permission|consent|authori[sz]ation)(?: of [^.]{1,40})?)? (?:is )?(?:strictly )?(?:prohibited"
        r"|forbidden|not permitted)\.?"
        r"|(?:toute )?reproduction (?:même partielle )?(?:est )?interdite(?: sans autorisation)?\.?"
        r"|(?:queda )?prohibida (?:su|la) reproducción(?: total o parcial)?(?: sin autorización)?\.?"
        r"|nachdruck nur mit (?:genehmigung|erlaubnis)\b.{0,60}",
        contains=(
            "reproduc",
            "nachdruck",
            "©",
            "copyright",
            "(c)",
            "rights reserved",
            "rechte vorbehalten",
            "droits réservés",
            "derechos reservados",
            "diritti riservati",
            "direitos reservados",
            "版权",
            "版權",
            "無断転載",
            "저작권",
        ),
    ),
    LineRule(
        "drop_photo_credit",
        "photo caption or credit",
        110,
        pattern=r"(?:photo|photos|photograph|image|images|picture|pictures|foto|fotos|bild|crédit|credit|"
        r"credits|source|quelle|illustration|graphic|file photo|caption|image source|image caption|"
        r"photographer|photographers|photography|photo[- ]illustration|lead image|top image|main image)"
        r"(?: credit| by| courtesy(?: of)?)?\s*[:|©]\s*.{1,120}"
        r"|" + BY_CREDIT + _CREDIT_NAME + r"\.?"
        r"|.{10,400}?[.!?”\"] +(?:(?:photo|photos|photograph|image|picture|illustration|photo illustration)"
        r"(?: by| via| courtesy(?: of)?| credit *:)|credit(?:\.\.\.|…|:)) *" + _CREDIT_NAME + r"\.?"
        r"|.{10,400}?[.!?”\"] +[^.]{2,60}(?:/|\bvia\b) *(?:getty images|ap photo|afp|reuters|shutterstock)"
        + _NO_CLAUSE
        + r"[^.]{0,30}"
        r"|[\w.'’ -]{0,30}\bfile photo\.?|[(\[](?:getty(?: images)?|ap|afp|reuters|epa|dpa|file)[)\]]"
        r"|(?:\(|\[)?[^()\[\]]{0,80}(?:/|\bvia\b|\|)\s*(?:getty(?: images)?|ap(?: photo)?|reuters|afp|"
        r"shutterstock|istock(?:photo)?|alamy|epa|dpa|imago|bloomberg|unsplash|pexels|wikimedia(?: commons)?"
        r"|pa(?: images| wire)?|anadolu(?: agency)?|sipa|xinhua|nurphoto|zuma(?: press)?|sopa images|rex)"
        # (after the agency a credit has names and "via", "for the", not a clause of three small words:
        # "Witnesses told AP/Reuters that the blast ...")
         + _NO_CLAUSE + r"[^()\[\]]{0,60}(?:\)|\])?|(?:getty images|shutterstock|istock|reuters|ap photo|afp"
        r"|alamy)(?: via .*)?"
        r"|(?:\(|\[)(?:[A-Za-z]{2,8} )?(?:photo|image|picture|credit|foto|bild)[^()\[\]]{0,120}(?:\)|\])"
        # names (the pattern is case-blind, so menus such as "Sign in / Create account" come too), with no
        # clause in them ("and/or he said it was over" is no credit)
        r"|" + _NO_CLAUSE + r"(?:(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+\s?/\s?(?:[A-Z][\w.&'’-]*)"
        r"(?: (?:[A-Z&][\w.&'’-]*|of|for|the|de)){0,6}"
        r"|(?:[A-Z][\w.'’-]+ ){1,3}for (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})"
        # (a credit goes on with names, not with a clause: "Courtesy of the family, the photos show")
        r"|(?:courtesy|courtsey) (?:of )?(?:(?!, (?-i:[a-z])).){2,60}"
        r"|(?:file|file photo|archivo|archives?)\s*[-–:]\s.+"
        r"|\(?(?:l-r|l to r|r-l)\)?[:,]? .{2,600}|[^()]{10,300}\((?:file|file photo)\)\.?"
        r"|(?:from left|clockwise from (?:top )?left)(?: to right)?:\s.{2,600}"
        r"|.{10,600}(?:[(\[](?:ap |afp |reuters |getty |epa )?(?:photo|image|picture|foto|credit"
        r"|pictured)[^()\[\]]{0,100}[)\]]"
        r"|(?:photograph|photo|image|picture|credit|foto|bild)(?: by)?\s*[:©]\s*[^.]{2,80}"
        r"|\((?:[^()]{2,60}/)?(?:getty images|getty|ap|afp|reuters|shutterstock|epa|alamy)\b[^()]{0,40}\)"
        r"|\((?-i:[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} ?/ ?[A-Z])[\w.&'’ -]{1,40}\)"
        r"|/\s?(?:getty images|ap photo|afp via getty images|reuters|shutterstock|epa-efe)\b"
        + _NO_CLAUSE
        + r"[^.]{0,40})\.?",
        contains=(
            "l-r",
            "l to r",
            "from left",
            "from top left",
            "(file",
            "/",
            "photo",
            "image",
            "picture",
            "foto",
            "bild",
            "credit",
            "crédit",
            "source",
            "quelle",
            "illustration",
            "graphic",
            "caption",
            "courtesy",
            "courtsey",
            "getty",
            "reuters",
            "afp",
            "shutterstock",
            "istock",
            "alamy",
            "epa",
            "dpa",
            "imago",
            "unsplash",
            "/ap",
            "ap/",
        ),
    ),
    LineRule(
        "drop_alt_text",
        "an image's description (alt text)",
        45,
        pattern=r"(?:(?:an?|another)\s+)?(?:(?:reviewer|still|illustrated|magnified|aerial|archival|archive|file"
        r"|stock|close-up|closeup|black-and-white|satellite|undated|screen)\s+)?(?:photo|photograph|image|picture"
        r"|illustration|screenshot|still|rendering)s?\s+(?:of|showing|depicting|from)\s"
        # (not a sentence about the photo: no finite verb; "show" as a noun after "the" or "a")
        r"(?!.*\b(?:is|was|were|are|has|have|had|will|would|can|could|may|might|must|should|shows|showed"
        r"|(?<!\bthe )(?<!\ba )show|reveal(?:s|ed)?|suggest(?:s|ed)?|circulated|appeared|emerged|surfaced"
        r"|went|sparked|prompted|drew|remain(?:s|ed)?|indicate[sd]?|confirm(?:s|ed)?)\b).{2,300}"
        r"|(?:this )?image may contain\b.{0,300}"
        # a caption with the label a screen reader reads out run into it ("Media caption The minister ...")
        # ("Image caption contests have become ..." is a sentence: the caption opens with no small letter)
        r"|(?:image|media|video) caption\b(?:[,:]? (?-i:(?![a-z])).{0,300})?"
        r"|[^.!?]{3,200}\b(?:on|against) (?:a )?(?:plain |solid )?(?:white|grey|gray|black|pink|blue|green"
        r"|beige|colou?red|transparent|neutral|light|dark)(?: \w+)? background",
        contains=(
            "photo",
            "image",
            "picture",
            "illustration",
            "screenshot",
            "still",
            "rendering",
            "background",
            "caption",
        ),
    ),
    LineRule(
        "drop_tag_list",
        "tag list",
        40,
        trailer=True,
        pattern=r"(?:tags?|tagged(?: with| in)?|topics?|filed under|categories|category|keywords|related "
        r"topics|themen|schlagwörter|schlagworte|étiquettes|mots-clés|sujets|etiquetas|temas|argomenti"
        r"|onderwerpen|标签|標籤|タグ|태그|теги|темы)\s*[:：|]\s*.*|(?:tags?|tagged|filed under)\s+[^.!?]*",
        triggers=_words(
            "tag tags tagged topic topics filed categories category keywords related themen schlagwörter "
            "schlagworte étiquettes mots-clés sujets etiquetas temas "
            "argomenti onderwerpen 标签 標籤 タグ 태그 "
            "теги темы tags: tag: topics: themen: etiquetas: temas:"
        ),
        contains=("标签", "標籤", "タグ", "태그"),
    ),
    LineRule(
        "drop_comments",
        "comment section",
        10,
        trailer=True,
        phrases=_words(
            "comments join_the_discussion join_the_conversation "
            "leave_a_comment leave_a_reply post_a_comment post_your_comment post_comment add_a_comment "
            "add_comment show_comments view_comments load_comments cancel_reply commentaire commentaires "
            "kommentar kommentare comentario comentarios commento commenti comentários reacties "
            "комментарии 评论 評論 コメント 댓글 be_the_first_to_comment comments_are_closed"
        ),
        pattern=r"(?:(?:\d+\s*)?(?:comments|responses|replies|commentaires|kommentare|comentarios|commenti"
        r"|comentários|reacties)|\d+\s*(?:comment|response|reply|commentaire|kommentar|comentario|commento))"
        r"(?:\s*\(\d+\))?(?:\s*\d+)?|(?:view|show|load|read|see|all) (?:\d+ )?comments?"
        r"(?:\s*\(\d+\))?|(?:you must be )?logged in to (?:post|comment).*|comments are (?:closed"
        r"|moderated).*"
        r"|all comments are moderated.*|be the first to comment.*"
        r"|(?:read|view|show|see|load|lire les|voir les|kommentare lesen|leer los|leggi i|ver los) ?\d* "
        r"(?:comments?|kommentare|commentaires|comentarios|commenti|reacties)(?:\s*\(\d+(?: \w+)?\))?"
        r"|(?:kommentare|comments?|commentaires|comentarios)\s*(?:lesen|anzeigen)?\s*\(\d+(?: \w+)?\)",
        triggers=tuple("0123456789")
        + _words(
            "comments comment responses replies view show load read see all you logged be lire voir"
            " kommentare "
            "leer leggi ver commentaires comentarios"
        ),
    ),
    LineRule(
        "drop_symbols",
        "no words",
        6,
        pattern=r"[^\w]*|[\d\s/.,:|+%-]*|\w",
        contains=("",),
    ),
    LineRule(
        "drop_editors_note",
        "an editor's note or a correction about the story (not the story)",
        80,
        # (the label, a date in brackets, then a colon or a dash: "Editor's note, he wrote, is ..." is a
        # sentence)
        pattern=r"(?:editor['’]?s['’]? note|note from the editors?|anmerkung der redaktion"
        r"|note de la rédaction|nota del editor|nota de la redacción|nota della redazione"
        r"|noot van de redactie)\b(?: ?\([^()]{1,60}\))?(?: ?[:—–-].{0,500})?"
        r"|(?:an? )?(?:earlier|previous|prior) version of this (?:article|story|report|post|piece)\b.{0,500}"
        # "Correction:", "Clarification, 2 March 2026, 10:15 a.m.: ..." (a date, if anything, before ':')
        r"|(?:correction|clarification)s?(?:\W{1,3}[^:]{0,40}\d[^:]{0,20})?:.{0,500}",
        triggers=_words(
            "editor's editor’s editors' editors note anmerkung nota noot a an earlier previous prior"
            " correction clarification corrections clarifications correction, clarification,"
        ),
    ),
    LineRule(
        "drop_reference",
        "a reference to a paper: its authors (et al.), title, journal and DOI",
        90,
        # (after the DOI a reference has links and labels, not a clause of three small words: a sentence
        # that cites a paper goes on, "... (doi:10.1038/x), and other teams have since confirmed it")
        pattern=r".{0,200}\bet al\b.{0,500}\bdoi(?:\.org/|:? ?)10\.\d{4,9}/\S++"
        r"(?:(?!(?-i:\b[a-zà-ÿ]+ [a-zà-ÿ]+ [a-zà-ÿ]+\b)).){0,100}",
        contains=("et al",),
    ),
    LineRule(
        "drop_url",
        "bare link or e-mail address",
        3,
        pattern=r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?:[\w-]+\.)+(?:com|org|net|co\.uk|de|fr|io"
        r"|info)(?:/\S*)?",
        contains=("http", "www.", "@", ".com", ".org", ".net", ".co.uk", ".de", ".fr", ".io", ".info"),
    ),
)

#: trailer markers: a block of only these words ends the article (what follows is other stories,
#: comments or the footer), unless substantial prose follows it (then only the list under it goes)
TRAILER_PHRASES = frozenset(
    _words(
        "related related_articles related_stories related_posts related_news related_content "
        "related_coverage related_reading related_videos related_links related_topics related_galleries "
        "similar_articles similar_stories more_stories more_news more_articles more_videos more_headlines "
        "more_coverage more_to_read more_to_explore more_like_this more_top_stories latest latest_news "
        "latest_stories latest_articles latest_videos latest_headlines latest_posts top_stories top_news "
        "top_headlines top_videos popular popular_now popular_stories popular_posts popular_articles "
        "trending trending_now trending_stories trending_news trending_videos recommended "
        "recommended_for_you recommended_by_our_editors recommended_stories recommended_articles "
        "recommended_reading recommended_videos editors'_recommendations editor's_recommendations "
        "editors_recommendations our_recommendations more_for_you "
        "featured featured_stories featured_articles featured_videos recent recent_posts recent_stories "
        "recent_articles recent_news other_stories other_news further_reading editor's_picks editors'_picks "
        "editors_picks our_picks most_read most_popular most_viewed most_shared most_commented most_recent "
        "most_watched most_emailed most_read_articles most_read_stories most_popular_stories "
        "most_popular_articles what_to_read_next who_to_follow read_next up_next you_may_also_like "
        "you_might_also_like you_may_like you_might_like you_may_be_interested_in "
        "you_might_be_interested_in we_think_you'll_like you_will_also_like don't_miss do_not_miss "
        "around_the_web from_our_partners from_the_network from_the_web in_other_news from_other_news "
        "breaking_news you_may_have_missed see_also keep_reading more_news news_feed newsfeed "
        "what's_new what's_hot what's_trending what's_next people_are_reading people_are_talking_about "
        "hot_right_now popular_right_now comments comment leave_a_reply leave_a_comment discussion "
        "join_the_conversation join_the_discussion newsletter newsletters tags tag topics filed_under "
        "recevoir_la_newsletter inscrivez-vous_à_la_newsletter newsletter_abonnieren unser_newsletter "
        "suscríbete_a_nuestro_boletín recibe_nuestro_boletín iscriviti_alla_newsletter assine_a_newsletter "
        "about_the_author about_the_authors about_the_reporter about_this_author author_bio author_profile "
        "share_this share share_this_article share_this_story share_article "
        "lesen_sie_auch lesen_sie_mehr mehr_zum_thema das_könnte_sie_auch_interessieren "
        "das_könnte_sie_interessieren meistgelesen weitere_artikel weitere_nachrichten weitere_themen "
        "ähnliche_artikel à_lire_aussi lire_aussi à_lire_également sur_le_même_sujet sur_le_même_thème "
        "les_plus_lus articles_similaires articles_associés contenus_associés te_puede_interesar "
        "te_podría_interesar lo_más_leído lo_más_visto noticias_relacionadas también_te_puede_interesar "
        "más_noticias ti_potrebbe_interessare leggi_anche più_letti i_più_letti articoli_correlati "
        "leia_também mais_lidas notícias_relacionadas veja_também lees_ook meest_gelezen "
        "gerelateerde_artikelen meer_nieuws läs_också mest_lästa læs_også mest_læste les_også "
        "související související_články čtěte_také nejčtenější súvisiace čítajte_aj najčítanejšie "
        "powiązane zobacz_też zobacz_także kapcsolódó kapcsolódó_cikkek legolvasottabb citește_și "
        "articole_similare cele_mai_citite ilgili_haberler en_çok_okunanlar berita_terkait baca_juga "
        "terpopuler tin_liên_quan đọc_nhiều_nhất relaterat relaterade_artiklar relaterede relatert "
        "lue_myös aiheeseen_liittyvät luetuimmat σχετικά_άρθρα διαβάστε_επίσης ذات_صلة اقرأ_أيضا "
        "כתבות_נוספות схожі_новини читайте_також "
        "czytaj_też czytaj_także najczęściej_czytane читайте_также читайте_еще похожие_статьи "
        "похожие_новости популярное 相关文章 相关新闻 相关阅读 相關文章 "
        "相關新聞 相關閱讀 推荐阅读 推薦閱讀 热门 热门文章 "
        "热门新闻 熱門 熱門文章 熱門新聞 関連記事 関連ニュース "
        "人気記事 人気ランキング おすすめ おすすめ記事 관련기사 관련뉴스 "
        "관련_기사 관련_뉴스 많이_본_기사 많이_본_뉴스 인기_기사 인기기사"
    )
)
#: hard trailer markers: comments, post navigation, the author's bio, the footer. Whatever follows them
#: is never the article, however much prose it holds (comments are prose)
HARD_TRAILER_PHRASES = frozenset(
    _words(
        "comments leave_a_reply leave_a_comment post_a_comment post_your_comment add_a_comment "
        "add_comment show_comments view_comments load_comments join_the_conversation join_the_discussion "
        "be_the_first_to_comment comments_are_closed reader_comments "
        "about_the_author about_the_authors about_the_reporter about_this_author author_bio "
        "more_about_the_author footer footer_navigation site_map sitemap return_to_top back_to_top "
        "kommentare commentaires comentarios commenti comentários "
        "reacties комментарии 评论 評論 コメント 댓글 über_den_autor à_propos_de_l'auteur sobre_el_autor"
    )
)
_HARD_TRAILER_RE = re.compile(
    r"(?:\d+\s+)?(?:comments|responses|replies)(?:\s*\(\d+\))?|(?:previous|next|older|newer) "
    r"(?:article|post|story|entry)\b.*|(?:view|show|load|read|see) (?:all )?\d* ?comments?.*"
    r"|(?:you must be )?logged in to (?:post|comment|leave).*|log in to (?:leave|post) a comment",
    re.IGNORECASE,
)
#: a news agency's credit line, the last line of its stories: "Reporting by A in Kyiv; Editing by B"
_WIRE_CREDIT_RE = re.compile(
    r"(?:additional )?(?:reporting|writing) by [^;.]{2,120}[;.] ?(?:additional reporting|reporting|writing|"
    r"editing|compiled)(?: by)?\b",
    re.IGNORECASE,
)
#: a wire story's last line, who wrote it from where: "Roe reported from Kyiv." (Not "Sam Cole contributed
#: to this report.", which the text keeps)
_STORY_CREDIT_RE = re.compile(
    r"(?:[A-Z][\w'’.-]+,? (?:and )?){1,6}reported from [A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3}"
    r"(?:,? and [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} from [A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3})?\.?"
)
MAX_WIRE_CREDIT_WORDS = 40
#: trailer markers that name what follows: "More from <site>", "Most read in <section>", "Also on <site>"
TRAILER_RE = re.compile(
    r"(?:more (?:from|on|in|about|by|stories from|news from)|most (?:read|popular|viewed) (?:in|on|from)|"
    r"(?:also|elsewhere) on|(?:sign up|subscribe) (?:for|to)|latest from|more in)\s+.{1,60}",
    re.IGNORECASE,
)
#: a trailer marker is a short line: this many words at most
TRAILER_MAX_WORDS = 8
_TRIM = " \t:.!?|»›→>-–—…•·*#\"'“”‘’()[]：。！？、｜【】「」『』［］〔〕《》〈〉"
RULES_BY_NAME = {rule.name: rule for rule in LINE_RULES}
_PATTERNED = tuple(rule for rule in LINE_RULES if rule.pattern)
_COMPILED = {rule.name: re.compile(rule.pattern, re.IGNORECASE) for rule in _PATTERNED}  # type: ignore[arg-type]
#: per patterned rule: its compiled pattern, trigger words and "contains" keywords (looked for one by one:
#: a substring search is several times faster than a regex of the keywords, an alternation, on a long line)
_CHECKS = tuple(
    (
        rule,
        _COMPILED[rule.name],
        frozenset(rule.triggers),
        tuple(rule.contains) if rule.contains else None,
    )
    for rule in _PATTERNED
)


def _phrase_table(rules: tuple[LineRule, ...]) -> dict[str, LineRule]:
    table: dict[str, LineRule] = {}
    for rule in rules:
        for phrase in rule.phrases:
            table.setdefault(phrase.lower().strip(_TRIM) or phrase, rule)
    return table


_PHRASES = _phrase_table(LINE_RULES)


@functools.lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A block's text as the phrase tables compare it: lower case, punctuation trimmed at both ends.

    Cached: the same short line is looked up by several rules (block scores, trailers, titles), and
    menus repeat across the pages of a site."""
    low = text.lower()
    if "’" in low:
        low = low.replace("’", "'")  # "Don’t miss" is "Don't miss"
    trimmed = low.strip(_TRIM)
    return trimmed or low


@functools.lru_cache(maxsize=65536)
def line_rule_for(text: str, words: int) -> LineRule | None:
    """The line rule that matches the whole of ``text`` (``words`` long), if any.

    Cached: menus, footers and player controls repeat within a page and across the pages of a site.
    """
    low = key(text)
    rule = _PHRASES.get(low)
    if rule is not None and words <= rule.max_words:
        return rule
    first = low.split(" ", 1)[0].strip(_TRIM)
    stripped = text.strip()
    for rule, pattern, triggers, contains in _CHECKS:
        if words > rule.max_words:
            continue
        triggered = first in triggers or first[:1] in triggers
        hinted = triggered or (contains is not None and any(map(low.__contains__, contains)))
        if hinted and pattern.fullmatch(stripped):
            return rule
    return None


def phrase_rule_for(text: str) -> LineRule | None:
    """The rule whose phrase list holds the whole of ``text``: a dict lookup, cheap enough to ask about
    every line of a page."""
    return _PHRASES.get(key(text))


def is_wire_credit(text: str, words: int) -> bool:
    """A news agency's credit line, "Reporting by ...; Editing by ..." or "Roe reported from Kyiv.": the last
    line of its stories."""
    return words <= MAX_WIRE_CREDIT_WORDS and (
        _WIRE_CREDIT_RE.match(text) is not None or _STORY_CREDIT_RE.fullmatch(text) is not None
    )


def is_hard_trailer(text: str, words: int) -> bool:
    """A comments heading, post navigation, "About the author", a footer heading, or a news agency's
    credit line ("Reporting by ...; Editing by ..."), which closes its stories."""
    if is_wire_credit(text, words):
        return True
    if words > TRAILER_MAX_WORDS + 4:
        return False
    low = key(text)
    return low in HARD_TRAILER_PHRASES or _HARD_TRAILER_RE.fullmatch(low) is not None


def is_trailer(text: str, words: int) -> bool:
    """Is ``text`` a trailer marker such as "Related Articles", "Most Read" or "More from <site>"?"""
    if words > TRAILER_MAX_WORDS:
        return False
    low = key(text)
    return low in TRAILER_PHRASES or TRAILER_RE.fullmatch(low) is not None
