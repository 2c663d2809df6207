"""The line rules of newsclean.rules, one table row per example.

Positive rows name the rule that must drop the line; negative rows are body sentences (several of them
mention a cookie, a newsletter, a share or an advertisement) that no rule may drop. Rows in other
languages sit next to the English ones.
"""

from __future__ import annotations

import time

import pytest

from newsclean import rules
from newsclean.cleaner import count_words

RULE_NAMES = {rule.name for rule in rules.LINE_RULES}


def _rule(text: str) -> str | None:
    rule = rules.line_rule_for(text, count_words(text))
    return rule.name if rule is not None else None


# (rule name, text) -------------------------------------------------------------------------------------
POSITIVE = [
    # video and audio players
    ("drop_player_controls", "0:00"),
    ("drop_player_controls", "1:42"),
    ("drop_player_controls", "1:23 / 4:56"),
    ("drop_player_controls", "Play Video"),
    ("drop_player_controls", "Close"),
    ("drop_player_controls", "×"),
    ("drop_player_controls", "This is a modal window."),
    ("drop_player_controls", "Beginning of dialog window. Escape will cancel and close the window."),
    ("drop_player_controls", "End of dialog window."),
    ("drop_player_controls", "Close Modal Dialog"),
    ("drop_player_controls", "Current Time 0:00"),
    ("drop_player_controls", "Duration 2:14"),
    ("drop_player_controls", "Semi-Transparent"),
    ("drop_player_controls", "Listen to this article"),
    ("drop_player_controls", "Wiedergabe"),
    ("drop_player_controls", "Lire la vidéo"),
    # skip links and navigation words
    ("drop_skip_link", "Skip to content"),
    ("drop_skip_link", "Skip to main content"),
    ("drop_skip_link", "Menu"),
    ("drop_skip_link", "Back to top"),
    ("drop_skip_link", "Zum Inhalt springen"),
    ("drop_skip_link", "Aller au contenu principal"),
    ("drop_skip_link", "Ir al contenido"),
    ("drop_skip_link", "本文へ移動"),
    # share bars and counters
    ("drop_share_bar", "Share"),
    ("drop_share_bar", "Share this article"),
    ("drop_share_bar", "Facebook"),
    ("drop_share_bar", "Facebook Twitter LinkedIn Email"),
    ("drop_share_bar", "Share on Facebook"),
    ("drop_share_bar", "1.4K shares"),
    ("drop_share_bar", "Follow us on Instagram"),
    ("drop_share_bar", "Copy link"),
    ("drop_share_bar", "Teilen"),
    ("drop_share_bar", "Partager"),
    ("drop_share_bar", "分享"),
    # advertisements
    ("drop_advertisement", "Advertisement"),
    ("drop_advertisement", "ADVERTISEMENT"),
    ("drop_advertisement", "- Advertisement -"),
    ("drop_advertisement", "Story continues below advertisement"),
    ("drop_advertisement", "Sponsored"),
    ("drop_advertisement", "Anzeige"),
    ("drop_advertisement", "Publicité"),
    ("drop_advertisement", "广告"),
    # newsletters, subscriptions, sign-in, paywalls
    (
        "drop_subscribe_prompt",
        "At the Ledger, we believe everyone needs good journalism, but not all can afford to pay for it.",
    ),
    ("drop_subscribe_prompt", "Help keep news free for everyone by giving us as little as $1."),
    ("drop_subscribe_prompt", "Enter City and State or Zip Code"),
    ("drop_subscribe_prompt", "Sign up"),
    ("drop_subscribe_prompt", "Subscribe"),
    ("drop_subscribe_prompt", "Sign up for our daily newsletter"),
    ("drop_subscribe_prompt", "Get the day's top stories delivered to your inbox every morning."),
    ("drop_subscribe_prompt", "Enter your email address"),
    ("drop_subscribe_prompt", "By signing up, you agree to our Terms of Use and Privacy Policy."),
    ("drop_subscribe_prompt", "You've reached your limit of free articles."),
    ("drop_subscribe_prompt", "This article is only available to subscribers."),
    ("drop_subscribe_prompt", "Subscribe for just $1 a week"),
    ("drop_subscribe_prompt", "Already a subscriber? Sign in"),
    ("drop_subscribe_prompt", "Abonnieren"),
    ("drop_subscribe_prompt", "Abonnez-vous"),
    ("drop_subscribe_prompt", "Suscríbete"),
    ("drop_subscribe_prompt", "登录"),
    # cookie banners
    (
        "drop_player_controls",
        "This is a modal window. This modal can be closed by pressing the Escape key or activating the close "
        "button.",
    ),
    ("drop_cookie_banner", "Accept all cookies"),
    ("drop_cookie_banner", "Reject all"),
    ("drop_cookie_banner", "Manage preferences"),
    (
        "drop_cookie_banner",
        "We use cookies to improve your experience on our site. By continuing to browse, you agree to our "
        "use of cookies.",
    ),
    (
        # a consent manager's whole declaration in one block: over 150 words
        "drop_cookie_banner",
        "Our site and the partners we work with store small files called cookies on the device you use to "
        "read us, and they read them back on later visits. Some of them are needed for the pages to load "
        "at all, to keep you signed in and to remember the choices you make in this window, so they cannot "
        "be switched off here. Others count how many people read each story and which pages they came "
        "from, so that our newsroom knows what works and what does not, and others again let advertisers "
        "show you offers that match what you have read before, on our pages and on other sites as well. "
        "You can choose which of these kinds you allow by opening each heading below and moving the switch "
        "next to it, and you can come back and change your mind at any time from the link at the bottom of "
        "every page. If you block some kinds, parts of the site may not work as you expect and some of the "
        "services we offer may not be available to you.",
    ),
    ("drop_cookie_banner", "Alle akzeptieren"),
    ("drop_cookie_banner", "Tout accepter"),
    (
        "drop_cookie_banner",
        "Wir verwenden Cookies, um Inhalte zu personalisieren. Mehr dazu in unserer Datenschutzerklärung.",
    ),
    # affiliate disclosures
    (
        "drop_affiliate_disclosure",
        "We may earn a commission when you buy through links on our site.",
    ),
    (
        "drop_affiliate_disclosure",
        "When you purchase through links on our site, we may earn an affiliate commission.",
    ),
    # links to the previous and next articles
    ("drop_post_navigation", "« Previous | Next »"),
    ("drop_post_navigation", "Previous article: Council delays the ferry vote"),
    ("drop_post_navigation", "« Vorige | Nächste »"),
    # messages for browsers without JavaScript
    ("drop_noscript", "You need to enable JavaScript to view this site."),
    ("drop_noscript", "JavaScript is disabled in your browser."),
    # widget errors and age notices
    ("drop_widget_notice", "Oops! Something went wrong."),
    ("drop_widget_notice", "Please try again later."),
    ("drop_widget_notice", "This article is more than 2 years old"),
    ("drop_widget_notice", "This story is over a month old"),
    # icons named by their alt text
    ("drop_share_bar", "Linkedin icon"),
    # the reading time
    ("drop_share_bar", "11 min read"),
    ("drop_share_bar", "Lesezeit: 4 Min."),
    ("drop_share_bar", "Temps de lecture : 3 min"),
    ("drop_share_bar", "Resize icon"),
    # disclaimers and publication notes
    ("drop_disclaimer", "The views expressed here are the author's own."),
    ("drop_disclaimer", "A version of this article appears in print on March 3, 2026, Section B, Page 2."),
    ("drop_disclaimer", "This story was originally published by the Harbor Ledger."),
    ("drop_disclaimer", "This story originally appeared in Harbor Ledger and is republished here."),
    (
        "drop_disclaimer",
        "Ask the Nurse is for informational purposes only, does not constitute medical advice, and is not a "
        "substitute for professional advice.",
    ),
    ("drop_disclaimer", "This article does not constitute financial advice."),
    # a site's licence notice in its footer
    (
        "drop_disclaimer",
        "Except as otherwise noted, the code samples are licensed under the MIT License. Other content on "
        "this page is licensed under a Creative Commons Attribution licence.",
    ),
    ("drop_disclaimer", "All content on this blog is available under a Creative Commons licence."),
    ("drop_disclaimer", "Text is available under the Creative Commons Attribution licence; terms may apply."),
    ("drop_disclaimer", "A copy of Tidewater was independently sourced for review by Example Games."),
    # embedded social-media posts
    ("drop_embedded_post", "The ferry is back on schedule! pic.twitter.com/AbC123xyZ"),
    ("drop_embedded_post", "— Harbor Ferries (@harborferries) March 2, 2026"),
    # shopping and app buttons
    ("drop_call_to_action", "$68 $51 AT HARBOR GOODS"),
    ("drop_call_to_action", "Preorder at Example Books"),
    ("drop_call_to_action", "Best Prices Today: $4.99 at Example Store"),
    ("drop_call_to_action", "VIEW DEAL"),
    ("drop_call_to_action", "View On Amazon"),
    ("drop_call_to_action", "See at Best Buy"),
    ("drop_call_to_action", "$23"),
    ("drop_call_to_action", "Install the Metro Examiner app for free"),
    # read-more links
    ("drop_read_more", "Read more"),
    # another story's summary, cut short, with the link to it
    (
        "drop_read_more",
        "Ever wondered why the ferry is always late on Mondays? The answer lies… Read more Read more",
    ),
    (
        "drop_read_more",
        "Harbor towns plan for higher tides, but the money is short... Weiterlesen harbor-ledger.example",
    ),
    ("drop_read_more", "Continue reading"),
    ("drop_read_more", "Read more: Port authority names new director after year-long search"),
    ("drop_read_more", "Lesen Sie auch: Neuer Fahrplan für die Buslinien im Westen"),
    ("drop_read_more", "À lire aussi : trois lignes de bus supprimées en avril"),
    ("drop_read_more", "Weiterlesen"),
    ("drop_read_more", "Also: The best rain jackets, tested and reviewed"),
    ("drop_advertisement", "Advertisement - Page continues below"),
    ("drop_read_more", "Lire la suite"),
    ("drop_read_more", "続きを読む"),
    # copyright and footer lines
    ("drop_copyright", "© 2026 Harbor Times. All rights reserved."),
    ("drop_copyright", "Copyright 2026 Riverbend Media Group"),
    ("drop_copyright", "All rights reserved."),
    ("drop_copyright", "© 2026 Nordstadt Rundschau GmbH. Alle Rechte vorbehalten."),
    ("drop_copyright", "© 2026 Le Courrier du Littoral. Tous droits réservés."),
    ("drop_copyright", "版权所有 © 2026 东岸日报"),
    (
        "drop_copyright",
        "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise "
        "used, except with the prior written permission of Harbor Media.",
    ),
    ("drop_copyright", "Reproduction in whole or in part without written permission is prohibited."),
    ("drop_copyright", "Toute reproduction interdite sans autorisation."),
    ("drop_copyright", "Nachdruck nur mit Genehmigung des Verlags."),
    # newsletter prompts after a question, contact lines
    (
        "drop_subscribe_prompt",
        "Want more school news? Sign up for the Herald's free Class Notes newsletter to get it every Friday.",
    ),
    ("drop_subscribe_prompt", "***Please sign up for Example Newsletters and download the Example app."),
    ("drop_subscribe_prompt", "Want the week's best stories first? Subscribe to our email newsletter."),
    ("drop_subscribe_prompt", "The Harbor Week is our letter for sailors. Get it delivered every Friday."),
    ("drop_subscribe_prompt", "Today's top stories, delivered to you daily."),
    ("drop_contact_line", "Contact Jane Roe at jroe@example.com. Follow her on X at @janeroe."),
    ("drop_contact_line", "—Contact Jane Roe at jroe@example.com. Follow her on X at @janeroe."),
    ("drop_contact_line", "—Staff writer Jane Q. Roe can be reached at jane.roe@example.com."),
    ("drop_contact_line", "Seen something odd? Tell us! Email The Desk at desk@example.com."),
    ("drop_contact_line", "Jane Roe may be reached at jroe@example.com or 555-201-3344."),
    ("drop_contact_line", "You can email Amy Roe at askamy@example.com or write to P.O. Box 194."),
    ("drop_contact_line", "Curious about the sky at night? Email us at skies@example.org."),
    ("drop_contact_line", "Follow the Lakeshore Herald on Facebook and Instagram for more local news."),
    # photo credits
    ("drop_photo_credit", "Photo: Dana Lee / Metro Examiner"),
    ("drop_photo_credit", "(AP Photo/Jim Carter)"),
    ("drop_photo_credit", "Getty Images"),
    ("drop_photo_credit", "Image credit: NASA"),
    ("drop_photo_credit", "Foto: dpa"),
    ("drop_photo_credit", "Crews clear snow from the runway on Monday morning. (Jane McGee/Harbor Daily)"),
    ("drop_photo_credit", "Lights cover the houses of the neighborhood. (Wally Roe / Valley Times)"),
    ("drop_photo_credit", "Doctors are studying whether the variant causes lung damage. (File)"),
    ("drop_photo_credit", "(L-R): Jane Roe, Sam Cole and Ann Lee at the opening night."),
    ("drop_photo_credit", "From left: the mayor, the fire chief and two volunteers at the station."),
    ("drop_photo_credit", "Photo by Jane Roe on Unsplash"),
    ("drop_photo_credit", "Illustrations by Sam Cole"),
    ("drop_photo_credit", "Photo-illustration: Staff; Getty Images"),
    ("drop_photo_credit", "Photographer: Jane Roe. Stylist: Sam Cole."),
    ("drop_photo_credit", "Courtesy of the Harbor Museum"),
    ("drop_photo_credit", "Courtesy of Jane Roe, Harbor City"),
    ("drop_photo_credit", "Jane Roe/Getty Images via the press office"),
    ("drop_photo_credit", "Crowds lined the road on Sunday. Jane Roe/AP file photo"),
    ("drop_photo_credit", "Sign in / Create account"),
    ("drop_subscribe_prompt", "Get the most out of the Herald. Subscribe to our newsletter to receive:"),
    ("drop_subscribe_prompt", "DON'T MISS A STORY. SIGN UP FOR OUR DAILY EMAIL."),
    ("drop_affiliate_disclosure", "Paid for by the Committee to Elect Jane Roe."),
    ("drop_affiliate_disclosure", "This ad was paid for by Harbor Bank."),
    ("drop_photo_credit", "COURTESY OF THE RESEARCHERS"),
    ("drop_photo_credit", "Staff file photo"),
    ("drop_photo_credit", "(Getty)"),
    ("drop_photo_credit", "The lounge charges no cover on New Year's Eve. Photograph courtesy of dLeña."),
    ("drop_photo_credit", "Owners said the police broke the door. Photos via Jane Roe."),
    ("drop_photo_credit", "Judges heard the case on Tuesday. Credit...Jane Roe/The Harbor Daily"),
    ("drop_photo_credit", "The team lifted the cup on Friday. Jane Roe/League via Getty Images"),
    ("drop_photo_credit", "Snow falls near the summit on Thursday. [Photo: Jane Roe/Harbor Press]"),
    # image descriptions (alt text) that w3m prints as lines
    ("drop_alt_text", "Photo of a bakery sign above the entrance to a brick building"),
    ("drop_alt_text", "Media caption The mayor said the bridge would reopen in May"),
    ("drop_alt_text", "Image caption, Crowds gathered outside the town hall on Saturday"),
    ("drop_alt_text", "reviewer image of the kettle on its stand"),
    ("drop_alt_text", "A screenshot of the game, depicting the player crossing a bridge at night."),
    ("drop_alt_text", "Image may contain Lamp and Chair"),
    ("drop_alt_text", "A still from the show, with the two hosts at their desk"),
    ("drop_alt_text", "Illustration of a dragon asleep on a pile of coins."),
    ("drop_alt_text", "Blue kettle with a wooden handle on a white background"),
    # links to other stories inside the text
    ("drop_read_more", "WATCH MORE: Ferry service resumes after the storm"),
    ("drop_read_more", "(MORE: Floods close the coast road for a second day)"),
    ("drop_read_more", "[Related: How to choose a first saw for the workshop]"),
    ("drop_read_more", "Watch this: The new laptop reviewed in ten minutes"),
    ("drop_read_more", "SEE THE WHOLE PRESS CONFERENCE BY CLICKING HERE"),
    ("drop_read_more", "For the full list of closures, click here."),
    (
        "drop_read_more",
        "READ MORE: City council says the new bridge will cost more than twice what it planned when the "
        "vote was held in 2019",
    ),
    # disclosures and audio players above the text
    (
        "drop_affiliate_disclosure",
        "Our reviews and recommendations are editorially independent. We may make money when you click on "
        "links to our partners.",
    ),
    (
        "drop_affiliate_disclosure",
        "Why you can trust Harbor Tech: we test every product we review for at least two weeks.",
    ),
    ("drop_affiliate_disclosure", "Why you can trust us"),
    ("drop_affiliate_disclosure", "Our content is editorially independent."),
    ("drop_player_controls", "Listen to this story. Enjoy more audio and podcasts on the app."),
    # tag lists
    ("drop_tag_list", "Tags: Elections, City Council, Budget"),
    ("drop_tag_list", "Filed under: Community, Town Government"),
    ("drop_tag_list", "Topics: Climate"),
    ("drop_tag_list", "Themen: Bundestag, Haushalt"),
    ("drop_tag_list", "Mots-clés : climat, énergie"),
    ("drop_tag_list", "标签：科技"),
    # comment sections
    ("drop_comments", "Comments"),
    ("drop_comments", "12 Comments"),
    ("drop_comments", "Comments (3)"),
    ("drop_comments", "Leave a comment"),
    ("drop_comments", "Be the first to comment"),
    ("drop_comments", "View 24 comments"),
    ("drop_comments", "Kommentare"),
    ("drop_comments", "Commentaires"),
    ("drop_comments", "评论"),
    # no words
    ("drop_symbols", "***"),
    ("drop_symbols", "•"),
    ("drop_symbols", "|"),
    ("drop_symbols", "— — —"),
    # bare links
    ("drop_url", "https://harbortimes.example/news/ferry"),
    ("drop_url", "www.harbortimes.com"),
    ("drop_url", "news@harbortimes.com"),
    # editors' notes and corrections about the story
    ("drop_editors_note", "Editor’s note: This story first appeared in the spring issue of Harbor Life."),
    ("drop_editors_note", "Editor's Note (March 2nd 2026): This story was updated to add the port's reply."),
    ("drop_editors_note", "A previous version of this story gave the wrong date for the ferry's first trip."),
    ("drop_editors_note", "Clarification, 2 March 2026, 10:15 a.m.: This story now says who owns the pier."),
    ("drop_editors_note", "Correction: March 2, 2026:"),
    ("drop_editors_note", "Anmerkung der Redaktion: Der Artikel wurde am Montag ergänzt."),
    # references to papers under a science story
    (
        "drop_reference",
        "More information: Ana Lima et al, Salt marsh grasses store carbon for centuries, Journal of Coastal "
        "Studies (2026). DOI: 10.1234/jcs.2026.0042",
    ),
    ("drop_reference", "Tomas Berg et al, Tides and roots, Marsh Letters (2025). DOI: 10.5555/ml.77"),
    ("drop_reference", "Berg T, Lima A, et al. Tides. Marsh Lett. 2025;3:1-9. doi:10.5555/ml.77 [PubMed]"),
]

# body sentences that no rule may drop ------------------------------------------------------------------
NEGATIVE = [
    ("delivered", "Meals are delivered every Thursday to the shelter by volunteers from the church."),
    ("delivered", "The parcels were delivered to you daily, the court heard, by the same driver."),
    ("note", "An editor’s note in the margin of the draft asked the writer for more facts."),
    ("note", "The previous version of the bill was rejected by the senate in March."),
    ("note", "Editor’s note, she wrote, is where the paper owns up to its mistakes; she wrote nine."),
    (
        "reference",
        "A team led by Ana Lima et al. reported it in Marsh Letters (doi:10.5555/ml.77), and two other "
        "labs have since confirmed it.",
    ),
    (
        "reference",
        "Die Studie von Berg et al., doi: 10.5555/ml.78, wurde von anderen Gruppen bestätigt.",
    ),
    ("caption", "Image caption contests have become popular with the town's young photographers."),
    ("disclosure", "Paid for by the city, the new footbridge opened on Monday to crowds of cyclists."),
    ("note", "Corrections officers said the prisoner escaped at night: nobody saw him leave."),
    ("contact", "Staff at the clinic can be reached by phone, the mayor said at the meeting."),
    ("subscribe", "Readers who subscribe to the council's newsletter heard about the vote first."),
    ("reference", "The study by Lima et al. found that the grasses store carbon for centuries."),
    ("reference", "Lima et al. published their findings, with a DOI for each data set, in March."),
    ("read more", "She said that by clicking here and there she had found the old file at last."),
    ("read more", "Watch this space, the mayor said of the empty lot on Main Street."),
    ("alt", "The image caption was wrong, the editor admitted on Tuesday."),
    ("reading time", "It took him 11 min to read the whole report."),
    ("licence", "The code is licensed under the MIT license, which lets anyone reuse it."),
    ("read more", "He paused... read more slowly, he told the class, and the words will come."),
    ("alt", "A photo of the suspect was released by the police on Tuesday."),
    ("alt", "The best image of the season came from a drone over the bay."),
    ("alt", "Her first photo of the baby went viral within an hour."),
    ("alt", "Aerial photos of the flood show entire villages under water."),
    ("alt", "A photo of the suspect, taken in 2019, circulated widely."),
    ("alt", "Satellite images from the company, released on Tuesday, revealed new trenches."),
    ("alt", "Screenshots of the messages, seen by the newspaper, suggest otherwise."),
    ("disclosure", "The board is editorially independent of the owners, the paper said in its report."),
    ("disclosure", "Listen to the story of how the bridge was built, her grandfather used to say."),
    ("disclosure", "The BBC's coverage is editorially independent of the government, the charter says."),
    ("disclosure", "We make money when the market goes up, the fund manager said."),
    ("disclosure", "Here's why you can trust the new vaccine, doctors say."),
    ("disclosure", "Why you can trust the polls this time, according to the experts."),
    ("alt", "The painter set the figure on a dark background, as she did in all her portraits."),
    ("credit", "Photo by photo, she rebuilt the archive of the town from scratch over ten years."),
    ("credit", "He thanked the nurses. Photos via his family were shared online that night."),
    ("credit", "The photo by the window is the one her father took in 1962."),
    # a clause after an agency's name, or a credit's words written in small letters, is no credit
    ("credit", "Witnesses told AP/Reuters that the explosion shook the building."),
    ("credit", "Officials met on Monday. Neighbours told AFP/Reuters that the talks went badly."),
    ("credit", "Applicants can write and/or call the office before May."),
    ("credit", "Courtesy of the new law, the photos show a town that has changed."),
    ("disclosure", "The new library was paid for by a bond measure that voters approved in 2019."),
    ("credit", "The sensor is new and sharper than before (Apple says so, at least)."),
    ("subscribe", "In 2021 he pledged to donate $20 million to schools in the county."),
    ("subscribe", "Tourism is contributing $12 billion a year to the economy, the ministry said."),
    ("widget", "Something went wrong with the ferry's engine on the way back, the captain said."),
    ("widget", "This article is more than a summary of the report: it reads the figures again."),
    ("widget", "Plus icons of the old town such as the clock tower and the bridge."),
    ("player", "Play resumed after a two-hour rain delay on Sunday evening."),
    ("player", "Close observers of the court expected a different ruling."),
    ("player", "The meeting starts at 10:30 in the town hall."),
    ("player", "Live music returned to the square for the first time since 2019."),
    ("skip", "Skip the queue, the sign said, if you have a reservation."),
    ("skip", "Home prices rose again in February."),
    ("share", "Shares in the company fell 9 percent in early trading on Monday."),
    ("share", "Facebook said it would appeal the ruling."),
    ("share", "She shared the post on Facebook the next morning."),
    ("share", "Share prices recovered by the end of the week."),
    ("advertisement", "Advertising revenue fell by a third last year, the company said."),
    ("advertisement", "Sponsored by the city, the festival drew 40,000 visitors."),
    ("subscribe", "More than 40,000 people signed up for the program in its first week."),
    ("subscribe", "Subscribers will pay $5 more a month from April."),
    ("subscribe", "Thanks for the tip, the officer told him."),
    ("subscribe", "Register to vote by March 20, officials reminded residents."),
    ("subscribe", "The newsletter, which has 200,000 readers, was sold last year."),
    ("subscribe", "Officials said the alerts would land in your inbox within minutes of a quake."),
    ("subscribe", "Join us, the mayor urged residents at the rally on Saturday."),
    ("cookie", "Girl Scouts say cookie sales rose 8 percent this year."),
    ("cookie", "The bakery sold 3,000 cookies at the fair, using a recipe from 1952."),
    (
        "cookie",
        "Under state law, websites must get a visitor's consent before storing cookies that are not needed "
        "for the site to work.",
    ),
    ("cookie", "The regulator said the site did not ask for consent before tracking users."),
    ("cookie-de", "Beim Datenschutz gibt es nach Ansicht der Richter erhebliche Lücken."),
    ("affiliate", "The county planning commission will hold the first public hearing on March 19."),
    ("affiliate", "The election commission certified the results on Friday."),
    ("read-more", "Read the full report, the minister told parliament on Tuesday."),
    ("read-more", "More than 200 people attended the hearing."),
    ("read-more", "Also, the council said it would meet again in May."),
    ("read-more", "Recommended dose: two tablets a day, the agency said."),
    ("read-more-de", "Lesen Sie den Bericht selbst, sagte die Ministerin."),
    ("copyright", "The band sued over copyright infringement in a case that dragged on for years."),
    ("copyright", "Copyright law has not kept pace with AI, the professor argued."),
    ("disclaimer", "The data are for informational purposes, the agency said, and may change."),
    ("disclaimer", "A copy of the letter was provided to the committee for review on Monday."),
    ("copyright", "The lab reproduced the result twice before the paper was published."),
    ("copyright", "Reproduction of the painting was prohibited by the museum until 1990, the curator said."),
    ("photo", "The photo was taken by a passer-by on a phone."),
    ("photo", "The company was founded by two brothers (Tom and Jerry Smith)."),
    ("photo", "From left field, a new candidate has entered the race for mayor."),
    ("photo", "From left to right, the council members voted against the plan on Monday."),
    ("photo", "Do you back the plan to widen the road through the park? (yes/no)"),
    ("shop", "From $30 the tickets sold out within an hour."),
    ("form", "Enter the dragon, said the director, was the film that changed his life."),
    ("appeal", "We asked readers whether they would support the newsroom union in its talks."),
    ("appeal", "Our newsroom reported the story first, and other papers followed within hours."),
    ("contact", "Police can be reached at any hour, the chief said."),
    ("contact", "Follow developments on X, where officials posted updates through the night."),
    ("contact", "Follow the money on Twitter and you find the same three donors."),
    ("contact", "Follow Biden on Twitter? His account was rarely run by him, aides said."),
    ("contact", "The crisis line can be reached at 988 or 1-800-273-8255 at any hour."),
    ("contact", "Sign up to receive a free test kit at the county's website, the health office said."),
    ("read-more", "Also: five people were injured in the crash on the bridge, police said."),
    ("disclaimer", "The app's heart-rate readings are for informational purposes only, the maker says."),
    ("disclaimer", "The regulator said the post does not constitute investment advice."),
    ("disclaimer", "A copy of the indictment was independently sourced by the newspaper."),
    ("disclaimer", "This story appeared on the front page of the paper in 1969."),
    ("copyright", "Reproduction of the painting without permission was forbidden by the museum until 1990."),
    ("copyright", "The content may not be reproduced elsewhere, the company said."),
    ("copyright", "Prohibida la reproducción de especies protegidas, dice la nueva ley."),
    ("photo", "Prices rose 3 percent, according to the Labor Department. (CPI/BLS)"),
    ("contact", "Contact tracing began on Monday at the school."),
    ("contact", "Follow the river on foot for two miles to the falls."),
    ("contact", "Follow him on the trail and you will see why the rangers worry."),
    ("contact", "Asked why, she said: Sign up for the draft? Never."),
    ("photo", "Reuters reported the deal first, citing three people familiar with it."),
    ("tags", "Tags on the cattle showed they came from three farms."),
    ("tags", "Topics discussed included housing and transit."),
    ("comments", "Comments from the minister drew sharp criticism on Monday."),
    ("comments", "Replies to the survey came from 40 countries."),
    ("symbols", "Yes."),
    ("url", "Write to jane@example.com with your questions."),
    ("url", "Amazon.com shares rose."),
    ("short", "It did not."),
    ("short", "Then the ice cracked."),
    ("heading", "What happens next"),
    ("heading-de", "Was Tierhalter jetzt tun müssen"),
    ("zh", "海港城交通局周一表示，北码头改建工程已经完成约三分之二。"),
    ("ja", "総事業費は約32億円で、そのうち4割を県の補助金でまかなう。"),
]


@pytest.mark.parametrize(
    ("rule", "text"), [pytest.param(rule, text, id=f"{rule}:{text[:40]}") for rule, text in POSITIVE]
)
def test_rule_drops_line(rule: str, text: str) -> None:
    assert _rule(text) == rule


@pytest.mark.parametrize("text", [pytest.param(text, id=f"{kind}:{text[:40]}") for kind, text in NEGATIVE])
def test_no_rule_drops_body_sentence(text: str) -> None:
    assert _rule(text) is None


@pytest.mark.parametrize("rule", sorted(RULE_NAMES))
def test_every_rule_has_positive_rows(rule: str) -> None:
    assert any(name == rule for name, _ in POSITIVE), f"no positive example for {rule} in this table"


def test_table_names_only_existing_rules() -> None:
    assert {name for name, _ in POSITIVE} <= RULE_NAMES


@pytest.mark.parametrize("rule", rules.LINE_RULES, ids=lambda rule: rule.name)
def test_rule_is_documented(rule: rules.LineRule) -> None:
    assert rule.name.startswith("drop_")
    assert rule.what
    assert rule.max_words > 0


@pytest.mark.parametrize("rule", [r for r in rules.LINE_RULES if r.max_words < 40], ids=lambda r: r.name)
def test_long_block_is_never_chrome(rule: rules.LineRule) -> None:
    """A block longer than the rule's max_words is not that rule's chrome, whatever it says."""
    text = " ".join(["Advertisement"] + ["word"] * rule.max_words)
    found = rules.line_rule_for(text, count_words(text))
    assert found is None or found.name != rule.name


# trailer markers -----------------------------------------------------------------------------------------
TRAILERS = [
    "Related Articles",
    "Editors' Recommendations",
    "More for you",
    "Related",
    "Most Read",
    "Most Popular",
    "More from Harbor Times",
    "You may also like",
    "Read next",
    "Related Stories:",
    "Lesen Sie auch",
    "Mehr zum Thema",
    "Das könnte Sie auch interessieren",
    "Meistgelesen",
    "À lire aussi",
    "Sur le même sujet",
    "Te puede interesar",
    "相关阅读",
    "相关文章",
    "関連記事",
]
NOT_TRAILERS = [
    "Related Articles about the case are listed in the appendix of the report",
    "Most read the ruling as a rebuke.",
    "How much can rent go up",
    "What happens next",
    "Latest in a series of setbacks",
    "Was Tierhalter jetzt tun müssen",
    "Harbor Council Approves Ferry Terminal Repairs",
]


@pytest.mark.parametrize("text", TRAILERS)
def test_is_trailer(text: str) -> None:
    assert rules.is_trailer(text, count_words(text))


@pytest.mark.parametrize("text", NOT_TRAILERS)
def test_is_not_trailer(text: str) -> None:
    assert not rules.is_trailer(text, count_words(text))


def test_key_trims_punctuation_and_case() -> None:
    assert rules.key("  READ MORE » ") == "read more"
    assert rules.key("...") == "..."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The council voted on Monday.", True, id="period"),
        pytest.param("“We will rebuild,” she said.”", True, id="quote-after-period"),
        pytest.param("Read the story…", False, id="ellipsis"),
        pytest.param("アプリ「フリーWi-Fiプロテクション」", False, id="japanese-headline-in-brackets"),
        pytest.param("彼は「来年も続ける。」", True, id="japanese-quote-after-sentence-end"),
    ],
)
def test_ends_sentence(text: str, expected: bool) -> None:
    from newsclean.cleaner import ends_sentence

    assert ends_sentence(text) is expected


def test_trailer_marker_in_lenticular_brackets() -> None:
    assert rules.is_trailer("【関連記事】", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by Anna Nowak; Editing by Tom Reed",
        "Reporting by Anna Nowak in Warsaw and Ivan Petrenko in Kyiv; Writing by Lee Park; Editing by Jo",
        "Additional reporting by Sam Cole. Editing by Mia Ford",
        "Nowak reported from Warsaw.",
        "Anna Nowak and Ivan Petrenko reported from Kyiv.",
    ],
)
def test_wire_credit_line_is_a_hard_trailer(text: str) -> None:
    assert rules.is_hard_trailer(text, len(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by the local paper showed that the farmers had been waiting for weeks; editors agreed.",
        "The mission reported from orbit that all systems were working.",
        "Sam Cole contributed to this report.",  # a credit the text keeps
        "Novak reported from Moscow for the network until 2022, when she was expelled.",
        "The paper reported from Beijing that the talks had stalled",
    ],
)
def test_sentence_about_reporting_is_not_a_credit_line(text: str) -> None:
    assert not rules.is_wire_credit(text, len(text.split()))


def test_curly_apostrophe_matches_the_phrase_tables() -> None:
    assert rules.key("Don’t Miss:") == rules.key("Don't miss") == "don't miss"
    assert rules.is_trailer("Don’t Miss", 2)
    assert rules.is_trailer("Recommended by our editors", 4)


@pytest.mark.parametrize(
    "line",
    [
        "Follow " + "a" * 50_000 + " on",  # a name that could be split many ways took 14 s (quadratic)
        "Contact " + "b" * 50_000 + " at x@y",
        "Jane " + "c" * 50_000 + " may be reached at x@y",
        # a photo credit's name, whose words could be cut anywhere in a word of capitals (30: 4 s, 40: 100 s)
        "Photo by " + "A" * 30 + "!",
        "The car stops. Photos via " + "B" * 30 + "!",
    ],
)
def test_long_words_do_not_backtrack(line: str) -> None:
    start = time.monotonic()
    rules.line_rule_for(line, len(line.split()))
    assert time.monotonic() - start < 2
