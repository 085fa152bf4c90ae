-- Demo content for content-api: a small digital news magazine.
--
-- Run by the application at startup when content.demo-data is true, in one
-- transaction, with search_path already set to the target schema. Every row has
-- a fixed id and every insert is `on conflict do nothing`, so running the script
-- again changes nothing. Text literals contain no semicolons, so even a naive
-- statement splitter cuts this file correctly. The file is UTF-8 (typographic
-- quotes and apostrophes in the prose).
--
-- What is in it:
--   * 16 articles: 12 published (2025-01 .. 2026-09), 2 draft, 1 scheduled for
--     2031-01-15, 1 unpublished. The non-public ones have authors, topics,
--     people, quotes and related links too, so tests can prove they never leak.
--     The published article washingtons-long-argument-about-tehran lists the
--     scheduled article among its related stories on purpose.
--   * The flagship: soleimani-and-the-united-states-worked-together-to-beat-isis
--     (old slug soleimani-and-the-us answers with a redirect).
--   * 14 topics in a small hierarchy, 27 people (writers, quoted experts and
--     people only mentioned), images with alt text, captions and credit lines.
--   * Three resources nothing uses, to try DELETE on: the topic podcasts, the
--     person ines-carvalho and the image 21fb413f-a71d-4de3-8b98-891b6f6663f1.
--   * Quotes: text appears verbatim in body[block_index].text of its article and
--     its person is a 'quoted' person of that article.
--   * Revision history: every article has revisions 1 .. article.revision, from
--     its create (a draft) through its publish, unpublish and edits, the last one
--     at article.updated_at, each with the snapshot the service would have stored.

-- ---------------------------------------------------------------- images
insert into image (id, url, width, height, alt_text, caption, credit, created_at, updated_at) values
    ('61ae79be-1887-4e67-8068-974e89845ff8', 'https://images.modernmedia.example/2025/01/tehran-anti-us-rally.jpg', 2400, 1350,
     'Crowds carrying banners and portraits of Qassem Soleimani fill a street in Tehran',
     'Iranians at an anti-U.S. rally in Tehran protest the killing of Qassem Soleimani, commander of the Revolutionary Guards’ Quds Force.',
     'Anadolu Agency / Getty', '2025-01-02T16:00:00Z', '2025-01-02T16:00:00Z'),
    ('91042b7d-6c03-4e59-8844-66ac07bc728f', 'https://images.modernmedia.example/2025/01/soleimani-irgc-meeting-2016.jpg', 1600, 1067,
     'Qassem Soleimani seated among Revolutionary Guards commanders in a meeting hall',
     'Soleimani at a meeting with the Islamic Revolutionary Guard Corps in Tehran in 2016.',
     'Pool / Press Office of Iranian Supreme Leader / Anadolu Agency / Getty', '2025-01-02T16:05:00Z', '2025-01-02T16:05:00Z'),
    ('9afc68d9-b38e-4eb1-ac53-c8d133ccaa22', 'https://images.modernmedia.example/2025/02/amirli-main-street.jpg', 2400, 1350,
     'A quiet street of low sand-colored houses with a minaret in the distance',
     'The center of Amirli, a Turkmen town in Iraq’s Salahuddin province, in early 2025.',
     'Modern Media / Nadia Farouk', '2025-02-16T10:00:00Z', '2025-02-16T10:00:00Z'),
    ('d5cb323a-d35b-4c68-8039-13223a139261', 'https://images.modernmedia.example/2025/04/bonn-conference-2001.jpg', 2000, 1333,
     'Delegates seated around a long conference table with microphones and name cards',
     'Afghan delegates at the December 2001 conference near Bonn, where American and Iranian diplomats worked toward the same outcome.',
     'Pool / AFP / Getty', '2025-04-07T09:00:00Z', '2025-04-07T09:00:00Z'),
    ('f43ac795-9a26-48c9-ba72-ee9d52abde81', 'https://images.modernmedia.example/2025/06/syria-border-crossing.jpg', 2400, 1350,
     'Families with suitcases and bundles waiting in line at a border gate',
     'Syrians returning from Turkey wait at a border crossing in the spring of 2025.',
     'Modern Media / Nadia Farouk', '2025-06-19T08:00:00Z', '2025-06-19T08:00:00Z'),
    ('f6ddec5d-8588-43eb-b120-415b6d8af80f', 'https://images.modernmedia.example/2025/07/seville-heat-sign.jpg', 2400, 1600,
     'A pharmacy sign showing 44 degrees above a sunlit, empty plaza',
     'A pharmacy sign in Seville shows the afternoon temperature during a July heat wave.',
     'Modern Media / Maren Lindqvist', '2025-07-28T14:00:00Z', '2025-07-28T14:00:00Z'),
    ('62e5cd5e-7c22-4577-a035-091a6aff5c4c', 'https://images.modernmedia.example/2026/02/alpine-drilling-camp.jpg', 2400, 1350,
     'Orange tents pitched on a snowfield beneath a rocky summit',
     'The drilling camp on a high Alpine glacier saddle in June.',
     'Alpine Ice Archive / Modern Media', '2026-02-09T09:00:00Z', '2026-02-09T09:00:00Z'),
    ('7506193d-dcc6-4106-b787-fb4aa77a3f82', 'https://images.modernmedia.example/2026/02/ice-core-extraction.jpg', 1600, 1067,
     'A technician in a heavy parka lifts a cylinder of ice out of a drill barrel',
     'Tobias Renner extracts an ice core on a glacier above 4,000 meters.',
     'Alpine Ice Archive / Modern Media', '2026-02-09T09:05:00Z', '2026-02-09T09:05:00Z'),
    ('cd9fd520-0844-4e49-bfbf-2d818436d486', 'https://images.modernmedia.example/2025/09/laptop-code.jpg', 2000, 1333,
     'A laptop showing lines of code on a wooden desk next to a cup of coffee',
     'Developers increasingly run compact AI models on ordinary hardware.',
     'iStock / Getty Images', '2025-09-10T11:00:00Z', '2025-09-10T11:00:00Z'),
    ('996291a7-2997-4b5b-8464-ee65494e3a44', 'https://images.modernmedia.example/2025/11/chip-fab-water-towers.jpg', 2400, 1350,
     'A large windowless factory building with cooling towers under a dry sky',
     'A semiconductor plant under construction on the edge of a drought-prone town.',
     'Modern Media / Daniel Okonjo', '2025-11-02T15:00:00Z', '2025-11-02T15:00:00Z'),
    ('64806d57-275b-46db-bac2-6b7b3544447d', 'https://images.modernmedia.example/2025/05/hospital-corridor-painting.jpg', 2000, 1333,
     'A large abstract painting in blue and ochre hanging in a hospital corridor',
     'A painting from Halden Contemporary’s collection on loan to a hospital ward.',
     'Halden Contemporary', '2025-05-14T10:00:00Z', '2025-05-14T10:00:00Z'),
    ('6072d858-c804-4a76-bd1d-96694dcabab7', 'https://images.modernmedia.example/2026/03/tehran-living-room-concert.jpg', 2400, 1350,
     'An audience seated on rugs in a living room facing a small band',
     'A private jazz concert in an apartment in northern Tehran.',
     'Modern Media', '2026-03-06T20:00:00Z', '2026-03-06T20:00:00Z'),
    ('90b8fd16-bb9c-41b6-b229-a501b6d8a036', 'https://images.modernmedia.example/2026/03/saxophonist-lamp.jpg', 1600, 1067,
     'A saxophonist playing in a dim room lit by a single lamp',
     'Dariush Kamali plays a tune built on a Persian mode.',
     'Modern Media', '2026-03-06T20:05:00Z', '2026-03-06T20:05:00Z'),
    ('32723be8-f679-468b-ab89-8bbbace1d8de', 'https://images.modernmedia.example/2026/05/container-ship-cape.jpg', 2400, 1350,
     'A heavily loaded container ship at sea under a cloudy sky',
     'A container ship rounds the Cape of Good Hope on the long route between Asia and Europe.',
     'Modern Media / Samuel Achterberg', '2026-05-17T12:00:00Z', '2026-05-17T12:00:00Z'),
    ('e0621911-98e3-4f41-9b94-9c6ff84a2504', 'https://images.modernmedia.example/2026/09/state-department-dusk.jpg', 2400, 1350,
     'The facade of a government building in Washington at dusk',
     'The U.S. State Department building in Washington.',
     'Modern Media', '2026-08-31T18:00:00Z', '2026-08-31T18:00:00Z'),
    ('5866a867-c067-4260-8530-f73e3c8516fc', 'https://images.modernmedia.example/2030/12/vienna-negotiations.jpg', 2400, 1350,
     'Flags of several countries lined up behind a negotiating table',
     'Flags at the venue of the 2015 nuclear talks in Vienna.',
     'Pool / Getty', '2026-10-20T10:00:00Z', '2026-10-20T10:00:00Z'),
    ('aa65dca4-d1c8-4eb8-9f7f-78d52e18c19a', 'https://images.modernmedia.example/2025/08/concrete-pour.jpg', 2400, 1350,
     'Workers in hard hats pouring grey concrete into a steel-reinforced frame',
     'A pilot pour of the company’s carbon-absorbing concrete.',
     'Modern Media / Samuel Achterberg', '2025-08-18T09:00:00Z', '2025-08-18T09:00:00Z'),
    ('389fb281-6a7b-4cb6-a749-f53c19de0ab7', 'https://images.modernmedia.example/people/philip-kowalski.jpg', 800, 800,
     'Portrait of Philip Kowalski',
     null,
     'Modern Media', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('c83a1782-ce26-4fde-b0ec-fde9b366eae0', 'https://images.modernmedia.example/people/maren-lindqvist.jpg', 800, 800,
     'Portrait of Maren Lindqvist',
     null,
     'Modern Media', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z')
on conflict do nothing;

-- ---------------------------------------------------------------- people
insert into person (id, slug, name, honorific, bio, title, affiliation, image_id, created_at, updated_at) values
    ('cefbbc3e-caaa-481c-b617-9484c33dc9db', 'philip-kowalski', 'Philip Kowalski', null,
     'Writer covering foreign policy, the Middle East and the wars that connect them.',
     'senior writer', 'Modern Media', '389fb281-6a7b-4cb6-a749-f53c19de0ab7', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('9f3dbc46-7558-4bb7-aade-5da2a7f8a4ae', 'nadia-farouk', 'Nadia Farouk', null,
     'Correspondent reporting on Iraq, Syria and the displaced communities of the Levant.',
     'world affairs correspondent', 'Modern Media', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('6ad91ca3-365a-4e82-9cc8-1ba1b91d8a6c', 'maren-lindqvist', 'Maren Lindqvist', null,
     'Science writer who follows climate research from the field to the lab.',
     'climate and science correspondent', 'Modern Media', 'c83a1782-ce26-4fde-b0ec-fde9b366eae0', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('2276a7db-78bc-477c-929d-7ddcda8f2431', 'daniel-okonjo', 'Daniel Okonjo', null,
     'Technology editor interested in the business and physical footprint of computing.',
     'technology editor', 'Modern Media', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('b5dcb3ab-43b1-47a5-87dd-70e61b8ec975', 'priya-raman', 'Priya Raman', null,
     'Culture writer covering music, museums and the places where art meets everyday life.',
     'culture writer', 'Modern Media', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('3edd4cdc-c87b-46f0-a79d-c428a86bac4e', 'samuel-achterberg', 'Samuel Achterberg', null,
     'Business correspondent writing about trade, shipping and the companies behind climate promises.',
     'business correspondent', 'Modern Media', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('05f364a4-5416-429f-b25c-1b85da5c3ddc', 'arshin-adib-moghaddam', 'Arshin Adib-Moghaddam', 'Dr.',
     'Scholar of world politics at SOAS University of London whose work focuses on Iran and the wider Middle East.',
     'professor in global thought and comparative philosophies', 'SOAS University of London', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('1b54e6b6-81a2-4591-9001-256296dc93fb', 'marvin-weinbaum', 'Marvin Weinbaum', 'Dr.',
     'Scholar of Afghanistan and Pakistan who has followed the region’s politics for decades.',
     'director of Afghanistan and Pakistan Studies', 'Middle East Institute', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('f8778968-3496-43bf-a991-77e0c2f08314', 'eyad-hamid', 'Eyad Hamid', null,
     'Syrian journalist who writes about the war in Syria and the lives of Syrians abroad.',
     'journalist', null, null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('3b237a48-0ee3-4773-b344-1a8d2677e808', 'layla-qasimi', 'Layla Qasimi', 'Dr.',
     'Researcher who studies armed groups and militias in Iraq and northern Syria.',
     'senior researcher', 'Tigris Institute for Strategic Studies', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('ffce13bf-0d70-45f9-89bc-dd06397b96ce', 'farid-nazari', 'Farid Nazari', 'Dr.',
     'Analyst of Afghan politics and of Iran’s policy toward its eastern neighbor.',
     'fellow', 'Hindu Kush Policy Forum', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('493bd431-7ba5-4b62-a08d-c7d1518730ad', 'samir-khoury', 'Samir Khoury', 'Dr.',
     'Urban planner who works on housing and reconstruction in post-war Syria and Lebanon.',
     'director', 'Levant Reconstruction Initiative', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('20d012c5-b21a-432f-901c-ae7234e9eb4c', 'helena-voss', 'Helena Voss', 'Dr.',
     'Atmospheric scientist who studies heat extremes and the retreat of mountain glaciers.',
     'director', 'Nordic Institute for Climate Dynamics', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('7314a4d8-8225-48a6-9390-304d4370c61a', 'tobias-renner', 'Tobias Renner', null,
     'Ice core technician who has drilled on glaciers across the Alps.',
     'ice core technician', 'Alpine Ice Archive', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('e63bcca7-ad7f-4ac2-ace3-b92fad128462', 'kwame-asante', 'Kwame Asante', 'Dr.',
     'Computer scientist working on efficient machine learning and the energy cost of computing.',
     'research director', 'Lakeshore Institute of Technology', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('443c17fd-d62f-4897-bce6-60e629ea19c3', 'julia-brandt', 'Julia Brandt', null,
     'Economist who advises companies on supply chains, trade and technology investment.',
     'managing director', 'Meridian Capital Advisors', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('b020a2fc-3729-45e5-9a8f-889481f8947c', 'rosa-mendel', 'Rosa Mendel', null,
     'Curator who has spent two decades bringing contemporary art to audiences outside museums.',
     'chief curator', 'Halden Contemporary', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('54099019-435a-45b3-8a14-acb22a3af2d1', 'miriam-oyelaran', 'Miriam Oyelaran', 'Dr.',
     'Psychologist who studies how the arts affect health and recovery.',
     'psychologist', 'Institute for Arts and Health', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('e96590ea-a830-47cd-ba13-22f9bd7f04dd', 'dariush-kamali', 'Dariush Kamali', null,
     'Saxophonist and bandleader from Tehran who blends jazz with Persian classical modes.',
     'saxophonist and bandleader', null, null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('90034161-33b5-4952-9bd2-3edefc17ad02', 'henrik-aalund', 'Henrik Aalund', null,
     'Logistics executive responsible for ocean freight contracts between Asia and Europe.',
     'head of ocean freight', 'Nordhavn Logistics', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('1dd80bde-31d6-4a3a-bf54-008083a570cf', 'eleanor-whitcombe', 'Eleanor Whitcombe', 'Dr.',
     'Former diplomat who now writes about American policy toward Iran and the Gulf.',
     'senior fellow', 'Harrow Center for Statecraft', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('b34c8c6c-95b4-4376-abde-b9f638543f1e', 'qassem-soleimani', 'Qassem Soleimani', 'Gen.',
     'Commander of the Quds Force of Iran’s Revolutionary Guards from 1998 until he was killed in a U.S. drone strike in Baghdad in January 2020.',
     'commander of the Quds Force', 'Islamic Revolutionary Guard Corps', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('22e8ebf1-24d0-47a0-9218-11924593cd20', 'donald-trump', 'Donald Trump', null,
     'Forty-fifth and forty-seventh president of the United States.',
     'President of the United States', null, null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('7a977135-c0b9-4ec3-8766-cc2a27ce540f', 'george-w-bush', 'George W. Bush', null,
     'Forty-third president of the United States, in office from 2001 to 2009.',
     'former President of the United States', null, null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('524fecd0-cfd1-4927-ac84-ec33677377e5', 'bashar-al-assad', 'Bashar al-Assad', null,
     'Ruled Syria from 2000 until his government collapsed in December 2024.',
     'former President of Syria', null, null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('bb1c3867-3a61-408b-aafa-8ebaa19e22e9', 'ali-khamenei', 'Ali Khamenei', 'Ayatollah',
     'Supreme Leader of Iran since 1989 and the final authority on its foreign and security policy.',
     'Supreme Leader of Iran', null, null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('9cf0e13d-a67b-472f-8a58-cd73b1e806bc', 'abu-bakr-al-baghdadi', 'Abu Bakr al-Baghdadi', null,
     'Leader of ISIS who proclaimed its so-called caliphate in 2014. He died during a U.S. raid in northwest Syria in October 2019.',
     'leader of ISIS', 'ISIS', null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z')
on conflict do nothing;

-- ---------------------------------------------------------------- topics
-- Parents come before their children: world > middle-east > iran | syria | iraq,
-- world > afghanistan, politics > us-foreign-policy, science > climate.
insert into topic (id, slug, name, description, parent_id, created_at, updated_at) values
    ('555aea42-b598-4a89-825f-9ed27466f75a', 'world', 'World',
     'International news and analysis from every region.',
     null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('1fd544b1-2afa-4f61-be0d-60dccd18f605', 'middle-east', 'Middle East',
     'Politics, conflict and society across the Middle East and North Africa.',
     '555aea42-b598-4a89-825f-9ed27466f75a', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('eb2e6d03-b451-447d-ab99-6379c402c6cc', 'iran', 'Iran',
     'Iran’s government, its regional ambitions and the lives of its people.',
     '1fd544b1-2afa-4f61-be0d-60dccd18f605', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('e1e1f166-4bda-4ec0-a593-9ffbd6407d79', 'syria', 'Syria',
     'Syria’s war, its aftermath and its scattered diaspora.',
     '1fd544b1-2afa-4f61-be0d-60dccd18f605', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('95383f0e-96d1-4413-914e-a6627a1d7a3d', 'iraq', 'Iraq',
     'Iraq’s politics, security and recovery after decades of war.',
     '1fd544b1-2afa-4f61-be0d-60dccd18f605', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('eaef3e17-9540-4560-b150-cc490b4b3a1c', 'afghanistan', 'Afghanistan',
     'Afghanistan from the 2001 invasion to Taliban rule and beyond.',
     '555aea42-b598-4a89-825f-9ed27466f75a', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('4682b2d0-f775-4dbd-84e6-1024398c3339', 'isis', 'ISIS',
     'The rise, fall and long aftermath of the Islamic State group.',
     null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('bf83169c-1dbf-42c5-b187-bd712565ae39', 'politics', 'Politics',
     'Power, elections and policy in Washington and beyond.',
     null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('c64c0965-0e01-420f-9703-122cd7b93a43', 'us-foreign-policy', 'U.S. Foreign Policy',
     'How the United States deals with allies, rivals and enemies abroad.',
     'bf83169c-1dbf-42c5-b187-bd712565ae39', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('cc785b44-02c7-4afd-922d-652df6fce95c', 'science', 'Science',
     'Discoveries, research and the people behind them.',
     null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('afb0a2a6-2f79-4126-a7d5-07ca95dc045f', 'climate', 'Climate',
     'A warming planet and how people are adapting to it.',
     'cc785b44-02c7-4afd-922d-652df6fce95c', '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('5dc11503-b8dc-486f-81f4-f3e452871480', 'technology', 'Technology',
     'The tools, companies and ideas reshaping how we live and work.',
     null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('79fd40f9-5f48-48ff-994e-f138e575f120', 'business', 'Business',
     'Markets, companies and the economics of everyday life.',
     null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z'),
    ('9548f91d-a4b6-4bdb-b3ff-6de4e9e08756', 'culture', 'Culture',
     'Art, music and ideas from around the world.',
     null, '2024-12-01T09:00:00Z', '2024-12-01T09:00:00Z')
on conflict do nothing;

-- ---------------------------------------------------------------- articles
-- word_count is filled in by the statement at the end of the script.
-- published: soleimani-and-the-united-states-worked-together-to-beat-isis
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 'soleimani-and-the-united-states-worked-together-to-beat-isis',
    'Soleimani and the United States Worked Together to Beat ISIS',
    'Washington’s most wanted Iranian commander was, at times, its most useful one.',
    'published', '2025-01-03T08:30:00Z', '2025-01-02T15:20:00Z', '2025-01-04T11:10:00Z', 3,
    '61ae79be-1887-4e67-8068-974e89845ff8',
    '{"kind": "newsletter", "text": "Sign up for the weekly newsletter", "url": "https://www.modernmedia.example/newsletter"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "Until a U.S. drone strike killed him near Baghdad’s international airport in the first days of January 2020, Gen. Qassem Soleimani was a name few Americans would have recognized. Having ordered the strike, the administration was quick to present it as the removal of one of the most dangerous enemies the United States had, in the same breath as earlier operations against the leaders of jihadist groups."},
    {"type": "paragraph", "text": "That he was so little known says something about his craft. As head of the Quds Force, the branch of Iran’s Revolutionary Guards that operates beyond the country’s borders and answers to Supreme Leader Ali Khamenei, Soleimani worked out of sight by design. It also says something about Washington’s own history with him, which was far messier than the official account allowed. More than once, he had been fighting the same enemies as the United States: first the Taliban, then ISIS."},
    {"type": "heading", "text": "An enemy who was sometimes an ally", "level": 2},
    {"type": "paragraph", "text": "Being Washington’s adversary in one theater and its tacit partner in another was not a contradiction for Soleimani. It was his method, and it led many analysts to rank him as the most capable military strategist in the region. Dr. Arshin Adib-Moghaddam, a world politics professor at SOAS University of London, describes what he built as “a regional axis that is both institutionalized and ideological.” That network let Tehran back Hezbollah against Israel, to Washington’s dismay, while helping to push back the Taliban, to Washington’s advantage."},
    {"type": "paragraph", "text": "The cooperation started in the weeks after the attacks of September 11, 2001. Tehran offered condolences to Americans, condemned the Taliban and went looking for a new footing with Washington, a history that sits awkwardly with later claims from the Trump administration that Iran shared some blame for the attacks. Dr. Marvin Weinbaum, director of the Afghanistan and Pakistan program at the Middle East Institute, says Iran opened its airspace to support the first phase of the U.S. campaign in Afghanistan and was “absolutely critical in bringing the various factions of the mujahedeen and the Northern Alliance together.” Weinbaum credits Soleimani with a central role in that work, which helped lay the ground for the country’s post-Taliban constitution. It ended abruptly in January 2002, when President George W. Bush named Iran, alongside Iraq and North Korea, as part of an “axis of evil.”"},
    {"type": "image", "imageId": "91042b7d-6c03-4e59-8844-66ac07bc728f"},
    {"type": "heading", "text": "Syria, ISIS and a marriage of convenience", "level": 2},
    {"type": "paragraph", "text": "The Syrian civil war destroyed whatever goodwill was left. Soleimani threw Iran’s weight behind Bashar al-Assad against protesters, foreign-backed rebels and, later, jihadist groups including the Nusra Front and ISIS, and for years militias armed by Washington and militias armed by Tehran fought on opposite sides. ISIS changed the calculation. The group was hostile to the United States, but, as Adib-Moghaddam points out, it also pursued a “virulently racist anti-Iranian, anti-Shia agenda.”"},
    {"type": "paragraph", "text": "The clearest case of the two rivals fighting on the same side came in the late summer of 2014 at Amirli, a Shiite Turkmen town in northern Iraq that ISIS had encircled. With fears of a massacre growing and both Iranian and American air power involved, Iraqi troops, Kurdish fighters and Shiite militias broke the siege, handing the group one of its most painful early defeats. Similar episodes followed as the two governments moved toward the 2015 nuclear agreement, though Adib-Moghaddam notes that the partnership never grew into a shared strategy."},
    {"type": "pull_quote", "text": "The killing of Soleimani made the world that much more dangerous to live in.", "attribution": "Arshin Adib-Moghaddam"},
    {"type": "paragraph", "text": "Donald Trump has claimed much of the credit for the defeat of ISIS. Adib-Moghaddam argues that it was Iran, alongside Kurdish fighters and Russian warplanes, that “dealt the decisive blows,” and that Soleimani was the architect of Iran’s part in the campaign. In his view, the general’s death left ordinary Iranians and Americans alike less safe."},
    {"type": "heading", "text": "A contested legacy", "level": 3},
    {"type": "paragraph", "text": "Not everyone mourned. In parts of Syria and Iraq, the news was met with open celebration. Eyad Hamid, a Syrian journalist, says that for Syrians living beyond the government’s reach, Soleimani was “no less involved in their misery than Assad,” whatever Washington’s reasons for killing him."},
    {"type": "paragraph", "text": "Inside Iran, the strike seems to have had the opposite effect from the one many in Washington hoped for. It drew Iranians together against the United States only weeks after street protests had laid bare deep frustration with the country’s rulers. His relationship with America was never simple, and the way the Middle East remembers him will not be simple either."}
]$json$::jsonb)
on conflict do nothing;

-- published: amirli-siege-turning-point-against-isis
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    '9a61b480-8e37-4864-9e93-a0253d887bd2', 'amirli-siege-turning-point-against-isis',
    'The Iraqi Town Where ISIS First Lost',
    'A decade on, the siege of Amirli still shapes how Iraqis remember the war, and whom they credit for winning it.',
    'published', '2025-02-18T14:05:00Z', '2025-02-16T09:30:00Z', '2025-02-18T14:05:00Z', 3,
    '9afc68d9-b38e-4eb1-ac53-c8d133ccaa22',
    '{"kind": "newsletter", "text": "Sign up for the weekly newsletter", "url": "https://www.modernmedia.example/newsletter"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "For almost three months in the summer of 2014, the people of Amirli lived under siege. Fighters loyal to Abu Bakr al-Baghdadi had swept across northern Iraq and surrounded the small Shiite Turkmen town, cutting off water, power and food. Residents dug trenches, shared out what they had and waited for help that many assumed would never come."},
    {"type": "paragraph", "text": "When help did arrive, at the end of August, it came from an unlikely coalition. Iraqi troops, Kurdish fighters and Shiite militias advised by Iranian officers under Qassem Soleimani advanced on the town while U.S. aircraft struck ISIS positions around it. Within days the siege was over."},
    {"type": "heading", "text": "Allies that would not say so", "level": 2},
    {"type": "paragraph", "text": "Dr. Layla Qasimi, a senior researcher at the Tigris Institute for Strategic Studies, calls Amirli “the moment everyone realized ISIS could be beaten, and nobody wanted to admit who had beaten it together.” Washington and Tehran each described the operation as their own success."},
    {"type": "paragraph", "text": "Dr. Arshin Adib-Moghaddam of SOAS University of London has said that the “politics of the conflict made it largely impossible for the two countries to integrate their strategic preferences into a coordinated approach.” Amirli shows both the promise of that unspoken arrangement and its ceiling."},
    {"type": "pull_quote", "text": "Every family here can tell you the date the road reopened. Very few can tell you who flew the planes.", "attribution": "Layla Qasimi"}
]$json$::jsonb)
on conflict do nothing;

-- published: iran-afghanistan-after-2001
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    'cb4bcdf7-49ae-4993-839d-641442f22396', 'iran-afghanistan-after-2001',
    'What Iran Gave, and Took, in Afghanistan After 2001',
    'A brief window of cooperation with Washington closed fast. Its consequences did not.',
    'published', '2025-04-09T06:45:00Z', '2025-04-07T08:00:00Z', '2025-04-09T09:30:00Z', 3,
    'd5cb323a-d35b-4c68-8039-13223a139261',
    null,
    $json$[
    {"type": "paragraph", "text": "In late 2001, as the Taliban government collapsed, American and Iranian diplomats found themselves pushing in the same direction at the conference near Bonn where Afghan factions agreed on an interim government. Tehran had long supported the Northern Alliance against the Taliban, and for a few months its interests and Washington’s lined up almost exactly."},
    {"type": "paragraph", "text": "Dr. Marvin Weinbaum, director of Afghanistan and Pakistan Studies at the Middle East Institute, has described Iran as “absolutely critical in bringing the various factions of the mujahedeen and the Northern Alliance together.” Behind that effort, he has argued, stood Qassem Soleimani."},
    {"type": "heading", "text": "The door closes", "level": 2},
    {"type": "paragraph", "text": "The window shut quickly. After President George W. Bush grouped Iran with Iraq and North Korea in January 2002, officials in Tehran concluded that cooperation had bought them nothing. They began to hedge, keeping channels open to Afghan strongmen and, in later years, to parts of the Taliban itself."},
    {"type": "paragraph", "text": "“Tehran learned in 2002 that helping Washington was not the same as being thanked by it,” says Dr. Farid Nazari, a fellow at the Hindu Kush Policy Forum. “Every Iranian decision in Afghanistan since then has been shaped by that lesson.”"}
]$json$::jsonb)
on conflict do nothing;

-- published: syrian-exiles-weigh-a-shifting-map
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    '685cc33c-ebd3-4603-a48d-04f89acd3e51', 'syrian-exiles-weigh-a-shifting-map',
    'Syria’s Exiles Weigh the Journey Home',
    'Months after Assad’s fall, millions of Syrians abroad are asking whether the country they fled still exists.',
    'published', '2025-06-21T12:00:00Z', '2025-06-19T07:45:00Z', '2025-06-21T12:00:00Z', 3,
    'f43ac795-9a26-48c9-ba72-ee9d52abde81',
    '{"kind": "newsletter", "text": "Sign up for the weekly newsletter", "url": "https://www.modernmedia.example/newsletter"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "When Bashar al-Assad fled Damascus in December 2024, ending more than half a century of rule by his family, Syrians in Istanbul, Berlin and Amman poured into the streets. The celebrations have since given way to harder questions about houses that no longer stand, documents that no longer exist and neighbors who may not welcome them back."},
    {"type": "paragraph", "text": "For Eyad Hamid, a Syrian journalist who has covered the war from abroad, the mood recalls an earlier moment. When Iran’s Qassem Soleimani was killed in 2020, Hamid told this magazine that “Syrians outside Assad regime-controlled areas were jubilant about his assassination,” because they saw the general as “the terrorist arm of the mullah’s regime in Iran.”"},
    {"type": "heading", "text": "Counting what is left", "level": 2},
    {"type": "paragraph", "text": "Dr. Samir Khoury, director of the Levant Reconstruction Initiative, expects rebuilding the country’s housing alone to take a decade. “People are not asking whether to return. They are asking what they would be returning to,” he says."},
    {"type": "paragraph", "text": "Many families are splitting the difference. One relative goes back to inspect the property and test the mood while the rest wait abroad, and aid workers describe these scouting trips as the most common form of return so far."},
    {"type": "pull_quote", "text": "People are not asking whether to return. They are asking what they would be returning to.", "attribution": "Samir Khoury"}
]$json$::jsonb)
on conflict do nothing;

-- published: heat-domes-and-the-new-summer
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    'af420c98-34b1-4402-9176-27314530ffe3', 'heat-domes-and-the-new-summer',
    'Living Under the Heat Dome',
    'Weeks-long blocks of high pressure are turning ordinary summers into endurance tests.',
    'published', '2025-07-30T07:15:00Z', '2025-07-28T13:00:00Z', '2025-07-30T07:15:00Z', 2,
    'f6ddec5d-8588-43eb-b120-415b6d8af80f',
    '{"kind": "newsletter", "text": "Get the climate briefing every Thursday", "url": "https://www.modernmedia.example/newsletter/climate"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "A heat dome is not a storm and has no eye, but it can be deadlier than most. It forms when a ridge of high pressure settles over a region and stays put, pressing air toward the ground, where it warms as it is compressed, and shutting out the clouds and winds that would normally bring relief."},
    {"type": "paragraph", "text": "“What has changed is not that these patterns exist, but how hot the air is when they lock in place,” says Dr. Helena Voss, a senior scientist at the Nordic Institute for Climate Dynamics. A dome that might once have brought a hot week now brings a dangerous one."},
    {"type": "embed", "url": "https://www.youtube.com/watch?v=hD7mTq2Lw4c", "provider": "youtube", "title": "How a heat dome forms, explained in three minutes"},
    {"type": "heading", "text": "Cities are the hot spots", "level": 2},
    {"type": "paragraph", "text": "Dense neighborhoods with little shade and plenty of asphalt can run several degrees hotter than nearby parks, and they cool off less after dark. Voss says the nights matter most. “Bodies can cope with a hot afternoon. What they cannot cope with is a week of nights that never drop below twenty-five degrees.”"},
    {"type": "paragraph", "text": "Cities from Seville to Phoenix now appoint heat officers, open cooling centers and plant trees by the thousand. None of it changes the weather, but it does change who gets through it."}
]$json$::jsonb)
on conflict do nothing;

-- published: small-language-models-are-having-a-moment
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    'f0385cda-c9d8-487c-91eb-955d5665748a', 'small-language-models-are-having-a-moment',
    'Small Language Models Are Having a Moment',
    'Companies tired of large AI bills are betting on models that fit on a laptop.',
    'published', '2025-09-12T13:30:00Z', '2025-09-10T10:15:00Z', '2025-09-12T13:30:00Z', 2,
    'cd9fd520-0844-4e49-bfbf-2d818436d486',
    '{"kind": "newsletter", "text": "Sign up for the weekly newsletter", "url": "https://www.modernmedia.example/newsletter"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "For two years the story of artificial intelligence was a story about size: more parameters, more chips, more electricity. This year a quieter trend has been gaining ground in corporate IT departments, built on models small enough to run on a single server, or even a laptop, and tuned for one narrow job."},
    {"type": "paragraph", "text": "“Most businesses do not need a model that can write sonnets and explain quantum physics,” says Dr. Kwame Asante, research director at the Lakeshore Institute of Technology. “They need one that reads invoices correctly, every time, without sending them to someone else’s data center.”"},
    {"type": "heading", "text": "The economics of small", "level": 2},
    {"type": "paragraph", "text": "Julia Brandt, chief economist at Meridian Capital Advisors, says the shift owes as much to accounting as to engineering. “When the cost of every query shows up on a monthly bill, the finance team starts asking questions the engineers never did,” she says."},
    {"type": "paragraph", "text": "Smaller models are no cure-all. They make more mistakes outside the tasks they were trained for, and they still need careful testing. But for a growing number of companies, good enough and under their own roof beats brilliant and rented."}
]$json$::jsonb)
on conflict do nothing;

-- published: chip-factories-and-the-water-question
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    '75b7576f-9e53-421e-a311-edd0413f428d', 'chip-factories-and-the-water-question',
    'Why Chip Factories Want Your Town’s Water',
    'A new generation of semiconductor plants needs millions of liters a day. Drought-prone towns are negotiating hard.',
    'published', '2025-11-04T16:10:00Z', '2025-11-01T09:00:00Z', '2025-11-06T08:45:00Z', 3,
    '996291a7-2997-4b5b-8464-ee65494e3a44',
    null,
    $json$[
    {"type": "paragraph", "text": "Making a modern microchip takes remarkable amounts of ultrapure water, used to rinse silicon wafers between hundreds of processing steps. A single large plant can draw as much water in a day as a small city."},
    {"type": "paragraph", "text": "That arithmetic is now colliding with drought. Several towns courted by chipmakers have started attaching conditions to new plants, from on-site recycling and caps on groundwater use to payments into local water systems."},
    {"type": "heading", "text": "Recycling helps, up to a point", "level": 2},
    {"type": "paragraph", "text": "“The best plants now reclaim most of the water they use,” says Dr. Kwame Asante of the Lakeshore Institute of Technology. “But most is not all, and the last part is the most expensive to recover.”"},
    {"type": "paragraph", "text": "For local governments the bargain can still be attractive, because a plant brings thousands of well-paid jobs. Julia Brandt, chief economist at Meridian Capital Advisors, says timing matters. “The towns that do best are the ones that negotiate the water terms before they celebrate the announcement.”"}
]$json$::jsonb)
on conflict do nothing;

-- published: museum-lends-paintings-to-hospitals
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    '1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 'museum-lends-paintings-to-hospitals',
    'The Museum That Lends Its Paintings to Hospitals',
    'A regional gallery is sending originals, not prints, to hospital wards. Patients and nurses have noticed.',
    'published', '2025-05-16T10:20:00Z', '2025-05-14T09:40:00Z', '2025-05-16T10:20:00Z', 2,
    '64806d57-275b-46db-bac2-6b7b3544447d',
    '{"kind": "newsletter", "text": "Sign up for the weekly newsletter", "url": "https://www.modernmedia.example/newsletter"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "Most museums keep the bulk of their collections in storage, where almost nobody sees them. Halden Contemporary decided to do something else with its own. Since last spring the gallery has lent more than sixty original works to hospital wards, waiting rooms and staff lounges across the region."},
    {"type": "paragraph", "text": "“A painting in a crate helps nobody,” says Rosa Mendel, the museum’s chief curator. “A painting across from a hospital bed might be the only new thing a patient sees all week.”"},
    {"type": "paragraph", "text": "The works rotate every four months, and the museum’s conservators check the light and humidity on each ward before anything goes on the wall. So far nothing has been damaged."},
    {"type": "heading", "text": "Does it help?", "level": 2},
    {"type": "paragraph", "text": "Dr. Miriam Oyelaran, a psychologist at the Institute for Arts and Health, is studying the program and warns against expecting miracles. “We see small but real improvements in how patients rate their stay,” she says. The bigger surprise has been the staff, some of whom now give informal tours on their breaks."}
]$json$::jsonb)
on conflict do nothing;

-- published: the-glacier-librarians
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    '978ae662-0a62-4300-94b5-6283bf9f564e', 'the-glacier-librarians',
    'The Glacier Librarians',
    'Scientists are racing to store ice from melting glaciers before the record it holds disappears.',
    'published', '2026-02-11T08:00:00Z', '2026-02-09T08:30:00Z', '2026-02-11T08:00:00Z', 2,
    '62e5cd5e-7c22-4577-a035-091a6aff5c4c',
    '{"kind": "newsletter", "text": "Get the climate briefing every Thursday", "url": "https://www.modernmedia.example/newsletter/climate"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "In a freezer kept at minus fifty degrees, rows of insulated boxes hold something that no longer exists in the wild: ice from the upper layers of glaciers that have since melted away. Each cylinder records centuries of air, dust and pollen, layer by layer, like the pages of a book."},
    {"type": "paragraph", "text": "“We are librarians for a library that is burning,” says Tobias Renner, an ice core technician at the Alpine Ice Archive, who has spent the past six summers drilling on glaciers across the Alps."},
    {"type": "image", "imageId": "7506193d-dcc6-4106-b787-fb4aa77a3f82"},
    {"type": "heading", "text": "A record written in meltwater", "level": 2},
    {"type": "paragraph", "text": "Meltwater is the enemy. When the surface thaws, water seeps down and smears the chemical signals that scientists use to date each layer. Dr. Helena Voss, now director of the Nordic Institute for Climate Dynamics, says several sites have already been spoiled. “Some of the cores we planned to drill in ten years simply will not be there to drill,” she says."},
    {"type": "paragraph", "text": "The archive’s goal is modest and enormous at once. It wants ice from every major mountain range while the record can still be read, kept cold for the scientists of the next century and for tools nobody has invented yet."}
]$json$::jsonb)
on conflict do nothing;

-- published: tehrans-underground-jazz-revival
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    'ada5fd54-c442-48ab-9b9e-1a08811fdd06', 'tehrans-underground-jazz-revival',
    'Tehran’s Basement Jazz Scene Plays On',
    'In private apartments and rented studios, a young generation of Iranian musicians is reinventing jazz.',
    'published', '2026-03-08T18:25:00Z', '2026-03-06T19:00:00Z', '2026-03-08T18:25:00Z', 3,
    '6072d858-c804-4a76-bd1d-96694dcabab7',
    '{"kind": "newsletter", "text": "Sign up for the weekly newsletter", "url": "https://www.modernmedia.example/newsletter"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "The concert starts after ten, in a living room with the furniture pushed against the walls. Forty people sit on rugs and folding chairs. The quartet opens with standards, then plays something stranger, a tune built on a Persian mode, with the saxophone bending notes the way a singer of classical Persian music would."},
    {"type": "paragraph", "text": "“We grew up with two kinds of music at home, the old Persian records and the jazz our uncles brought back from abroad,” says Dariush Kamali, the saxophonist who leads the group. “At some point we stopped choosing between them.”"},
    {"type": "image", "imageId": "90b8fd16-bb9c-41b6-b229-a501b6d8a036"},
    {"type": "heading", "text": "Music as a mirror", "level": 2},
    {"type": "paragraph", "text": "Music in Iran has long carried political weight. The scholar Arshin Adib-Moghaddam of SOAS University of London went as far as reading the country’s politics through five pieces of music in his book What Is Iran? The musicians in the basement are less interested in theory. Public performance remains tightly regulated, so they record at home and release their music online."},
    {"type": "paragraph", "text": "Kamali says the audience keeps growing. “Every show, there are faces we have never seen,” he says. “Somebody always brings a friend.”"}
]$json$::jsonb)
on conflict do nothing;

-- published: freight-rates-red-sea-whiplash
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    'dda59d45-4422-4c4f-bd45-45ce157f9bab', 'freight-rates-red-sea-whiplash',
    'The Freight Rate Whiplash',
    'Detours around Africa taught shippers an expensive lesson about fragile routes.',
    'published', '2026-05-19T11:50:00Z', '2026-05-17T10:30:00Z', '2026-05-19T11:50:00Z', 2,
    '32723be8-f679-468b-ab89-8bbbace1d8de',
    null,
    $json$[
    {"type": "paragraph", "text": "When attacks on merchant ships in the Red Sea pushed many carriers to sail around the Cape of Good Hope instead, voyages between Asia and Europe grew by a week or more. Freight rates jumped, fell back and jumped again as ships and containers ended up in the wrong places."},
    {"type": "paragraph", "text": "“The lesson for shippers was not that one route is dangerous,” says Julia Brandt, now managing director at Meridian Capital Advisors. “It is that every route is a single point of failure until you have priced the alternative.”"},
    {"type": "heading", "text": "Inventory comes back into fashion", "level": 2},
    {"type": "paragraph", "text": "Companies that spent two decades squeezing stock out of their warehouses have started putting some of it back. Henrik Aalund, head of ocean freight at Nordhavn Logistics, says customers now ask for contingency plans as routinely as they ask for prices. “Nobody wants to be the one explaining an empty shelf,” he says."},
    {"type": "paragraph", "text": "Longer routes also burn more fuel, and with it produce more emissions, a cost that rarely appears on an invoice but that European regulators have started to count."}
]$json$::jsonb)
on conflict do nothing;

-- published: washingtons-long-argument-about-tehran
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    '712578a2-b790-4a46-8cdc-0a9bdaf61026', 'washingtons-long-argument-about-tehran',
    'Washington’s Long Argument About Tehran',
    'For almost half a century, American presidents have swung between isolating Iran and testing whether it can be dealt with.',
    'published', '2026-09-02T09:05:00Z', '2026-08-31T17:00:00Z', '2026-09-02T09:05:00Z', 2,
    'e0621911-98e3-4f41-9b94-9c6ff84a2504',
    '{"kind": "newsletter", "text": "Sign up for the weekly newsletter", "url": "https://www.modernmedia.example/newsletter"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "Every American president since 1979 has inherited the same question about Iran: can its government be bargained with, or only contained? Each has answered it a little differently, and several changed their answer during their own time in office."},
    {"type": "paragraph", "text": "George W. Bush’s administration accepted Iranian help in Afghanistan and then, within months, placed Iran on an axis of evil. The 2015 nuclear agreement put diplomacy to the test. Donald Trump withdrew from it in 2018 and, in January 2020, ordered the strike that killed Qassem Soleimani."},
    {"type": "heading", "text": "The view from Tehran", "level": 2},
    {"type": "paragraph", "text": "In Tehran, the swings have hardened the conviction of Supreme Leader Ali Khamenei and those around him that American commitments do not outlast American elections. “Every reversal in Washington is remembered in Tehran as a broken promise, even when Washington remembers it as a change of policy,” says Dr. Eleanor Whitcombe, a senior fellow at the Harrow Center for Statecraft."},
    {"type": "paragraph", "text": "Dr. Arshin Adib-Moghaddam of SOAS University of London has long argued that ordinary people in the two countries share more than their governments admit. After Soleimani was killed, he said that “this insecurity is the real bond that binds common Iranians and Americans together.”"},
    {"type": "pull_quote", "text": "Every reversal in Washington is remembered in Tehran as a broken promise.", "attribution": "Eleanor Whitcombe"}
]$json$::jsonb)
on conflict do nothing;

-- draft: isis-detention-camps-the-problem-nobody-wants
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    '46bb937a-33ba-4506-b182-8079c838ebdd', 'isis-detention-camps-the-problem-nobody-wants',
    'The ISIS Camps Nobody Wants to Talk About',
    'Tens of thousands of people linked to the group remain in limbo in northeast Syria.',
    'draft', null, '2026-10-12T09:00:00Z', '2026-10-27T16:40:00Z', 2,
    null,
    '{"kind": "newsletter", "text": "Sign up for the weekly newsletter", "url": "https://www.modernmedia.example/newsletter"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "Years after ISIS lost the last of its territory, camps in northeast Syria still hold tens of thousands of women and children with ties, real or alleged, to the group. Many of the children were born after Abu Bakr al-Baghdadi proclaimed his caliphate, and some have never lived anywhere else."},
    {"type": "paragraph", "text": "“Every government agrees the camps are a danger, and almost every government has decided it is somebody else’s danger,” says Dr. Layla Qasimi of the Tigris Institute for Strategic Studies."},
    {"type": "heading", "text": "Repatriation stalls", "level": 2},
    {"type": "paragraph", "text": "Some countries have brought their citizens home. Others have refused. Dr. Samir Khoury, director of the Levant Reconstruction Initiative, says the uncertainty over who governs the region has made everything harder. “Nobody can plan reintegration when nobody knows who will be running the region next year,” he says."},
    {"type": "paragraph", "text": "Editor’s note: camp population figures to be confirmed before publication."}
]$json$::jsonb)
on conflict do nothing;

-- draft: mapping-glacier-lakes
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    '84d9a9bc-e89f-4ff9-915d-dfd151b34a20', 'mapping-glacier-lakes',
    'Inside the Race to Map Every Glacier Lake',
    'Satellites and drones are watching lakes that could burst without warning.',
    'draft', null, '2026-10-20T08:15:00Z', '2026-10-20T08:15:00Z', 1,
    null,
    '{"kind": "newsletter", "text": "Get the climate briefing every Thursday", "url": "https://www.modernmedia.example/newsletter/climate"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "As glaciers retreat, they leave behind lakes held in place by loose walls of rock and ice. When one of those walls gives way, the water can race down a valley in minutes."},
    {"type": "paragraph", "text": "“We know where most of the big lakes are. What we do not know is which ones are getting ready to go,” says Dr. Helena Voss, director of the Nordic Institute for Climate Dynamics."},
    {"type": "paragraph", "text": "Teams now pair satellite radar with drone surveys to catch tiny movements in the natural dams. Tobias Renner, who has flown survey drones in the Alps, calls the work “checking the pulse of a mountain.”"},
    {"type": "heading", "text": "Early warning", "level": 2},
    {"type": "paragraph", "text": "To do: add a section on the warning sirens installed below high-risk lakes in the Himalaya."}
]$json$::jsonb)
on conflict do nothing;

-- scheduled: the-iran-deals-long-shadow
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    'acbeaa09-6495-4b2b-a6ee-76c9394023ae', 'the-iran-deals-long-shadow',
    'The Iran Deal’s Long Shadow',
    'What the 2015 nuclear agreement got right, and what its collapse still costs.',
    'scheduled', '2031-01-15T09:00:00Z', '2026-10-20T09:30:00Z', '2026-11-10T15:00:00Z', 3,
    '5866a867-c067-4260-8530-f73e3c8516fc',
    '{"kind": "newsletter", "text": "Sign up for the weekly newsletter", "url": "https://www.modernmedia.example/newsletter"}'::jsonb,
    $json$[
    {"type": "paragraph", "text": "The nuclear agreement that Iran reached with six world powers in 2015 traded limits on its nuclear program for relief from sanctions. Supporters called it the best deal on offer. Critics called it a delay dressed up as a solution."},
    {"type": "paragraph", "text": "Donald Trump took the United States out of the agreement in 2018, and the limits it had imposed wore away in the years that followed."},
    {"type": "heading", "text": "A deal measured by its absence", "level": 2},
    {"type": "paragraph", "text": "“The agreement is easier to judge now that it is gone,” says Dr. Eleanor Whitcombe of the Harrow Center for Statecraft. “Whatever its flaws, it put inspectors in places where today there are only satellites.”"},
    {"type": "paragraph", "text": "Diplomats on every side say any future arrangement will have to start from scratch, with less trust than the negotiators had when the first deal was signed."}
]$json$::jsonb)
on conflict do nothing;

-- unpublished: carbon-eating-concrete-startup
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, hero_image_id, call_to_action, body) values (
    '7195ab78-2fd2-44fc-b0c7-904f5783d728', 'carbon-eating-concrete-startup',
    'The Startup That Promised Carbon-Eating Concrete',
    'Investors poured money into a building material that would pull carbon dioxide from the air. The numbers told another story.',
    'unpublished', '2025-08-20T09:40:00Z', '2025-08-18T08:00:00Z', '2025-09-02T10:00:00Z', 3,
    'aa65dca4-d1c8-4eb8-9f7f-78d52e18c19a',
    null,
    $json$[
    {"type": "paragraph", "text": "The pitch was hard to resist: a concrete that would absorb carbon dioxide from the air as it cured, turning every new building into a small carbon sink. The company behind it raised money quickly and signed pilot projects on three continents."},
    {"type": "paragraph", "text": "Independent engineers were less convinced. “The chemistry is real, but the amounts are tiny compared with the emissions from making the cement in the first place,” says Dr. Kwame Asante of the Lakeshore Institute of Technology."},
    {"type": "paragraph", "text": "Julia Brandt, chief economist at Meridian Capital Advisors, says investors wanted a climate story more than they wanted a balance sheet. “Nobody asked for the lifecycle numbers until the second funding round,” she says."},
    {"type": "heading", "text": "What comes next", "level": 2},
    {"type": "paragraph", "text": "The company says its product still cuts emissions compared with conventional concrete, and it has commissioned a new independent audit."}
]$json$::jsonb)
on conflict do nothing;

-- ---------------------------------------------------------------- bylines
insert into article_author (article_id, person_id, position) values
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 'cefbbc3e-caaa-481c-b617-9484c33dc9db', 0),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', '9f3dbc46-7558-4bb7-aade-5da2a7f8a4ae', 0),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', 'cefbbc3e-caaa-481c-b617-9484c33dc9db', 1),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', '9f3dbc46-7558-4bb7-aade-5da2a7f8a4ae', 0),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', '9f3dbc46-7558-4bb7-aade-5da2a7f8a4ae', 0),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', 'cefbbc3e-caaa-481c-b617-9484c33dc9db', 1),
    ('af420c98-34b1-4402-9176-27314530ffe3', '6ad91ca3-365a-4e82-9cc8-1ba1b91d8a6c', 0),
    ('f0385cda-c9d8-487c-91eb-955d5665748a', '2276a7db-78bc-477c-929d-7ddcda8f2431', 0),
    ('75b7576f-9e53-421e-a311-edd0413f428d', '2276a7db-78bc-477c-929d-7ddcda8f2431', 0),
    ('75b7576f-9e53-421e-a311-edd0413f428d', '6ad91ca3-365a-4e82-9cc8-1ba1b91d8a6c', 1),
    ('1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 'b5dcb3ab-43b1-47a5-87dd-70e61b8ec975', 0),
    ('978ae662-0a62-4300-94b5-6283bf9f564e', '6ad91ca3-365a-4e82-9cc8-1ba1b91d8a6c', 0),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', 'b5dcb3ab-43b1-47a5-87dd-70e61b8ec975', 0),
    ('dda59d45-4422-4c4f-bd45-45ce157f9bab', '3edd4cdc-c87b-46f0-a79d-c428a86bac4e', 0),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 'cefbbc3e-caaa-481c-b617-9484c33dc9db', 0),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', '9f3dbc46-7558-4bb7-aade-5da2a7f8a4ae', 0),
    ('84d9a9bc-e89f-4ff9-915d-dfd151b34a20', '6ad91ca3-365a-4e82-9cc8-1ba1b91d8a6c', 0),
    ('84d9a9bc-e89f-4ff9-915d-dfd151b34a20', '2276a7db-78bc-477c-929d-7ddcda8f2431', 1),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', 'cefbbc3e-caaa-481c-b617-9484c33dc9db', 0),
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', '3edd4cdc-c87b-46f0-a79d-c428a86bac4e', 0)
on conflict do nothing;

-- ---------------------------------------------------------------- topics of articles (by relevance)
insert into article_topic (article_id, topic_id, position) values
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 'eb2e6d03-b451-447d-ab99-6379c402c6cc', 0),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '4682b2d0-f775-4dbd-84e6-1024398c3339', 1),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 'c64c0965-0e01-420f-9703-122cd7b93a43', 2),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '1fd544b1-2afa-4f61-be0d-60dccd18f605', 3),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', '4682b2d0-f775-4dbd-84e6-1024398c3339', 0),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', '95383f0e-96d1-4413-914e-a6627a1d7a3d', 1),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', '1fd544b1-2afa-4f61-be0d-60dccd18f605', 2),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', 'eaef3e17-9540-4560-b150-cc490b4b3a1c', 0),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', 'eb2e6d03-b451-447d-ab99-6379c402c6cc', 1),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', 'c64c0965-0e01-420f-9703-122cd7b93a43', 2),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', 'e1e1f166-4bda-4ec0-a593-9ffbd6407d79', 0),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', '1fd544b1-2afa-4f61-be0d-60dccd18f605', 1),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', '555aea42-b598-4a89-825f-9ed27466f75a', 2),
    ('af420c98-34b1-4402-9176-27314530ffe3', 'afb0a2a6-2f79-4126-a7d5-07ca95dc045f', 0),
    ('af420c98-34b1-4402-9176-27314530ffe3', 'cc785b44-02c7-4afd-922d-652df6fce95c', 1),
    ('f0385cda-c9d8-487c-91eb-955d5665748a', '5dc11503-b8dc-486f-81f4-f3e452871480', 0),
    ('f0385cda-c9d8-487c-91eb-955d5665748a', '79fd40f9-5f48-48ff-994e-f138e575f120', 1),
    ('75b7576f-9e53-421e-a311-edd0413f428d', '5dc11503-b8dc-486f-81f4-f3e452871480', 0),
    ('75b7576f-9e53-421e-a311-edd0413f428d', 'afb0a2a6-2f79-4126-a7d5-07ca95dc045f', 1),
    ('75b7576f-9e53-421e-a311-edd0413f428d', '79fd40f9-5f48-48ff-994e-f138e575f120', 2),
    ('1784ecc0-c96e-46ae-9d0a-f0f54b37e247', '9548f91d-a4b6-4bdb-b3ff-6de4e9e08756', 0),
    ('978ae662-0a62-4300-94b5-6283bf9f564e', 'afb0a2a6-2f79-4126-a7d5-07ca95dc045f', 0),
    ('978ae662-0a62-4300-94b5-6283bf9f564e', 'cc785b44-02c7-4afd-922d-652df6fce95c', 1),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', '9548f91d-a4b6-4bdb-b3ff-6de4e9e08756', 0),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', 'eb2e6d03-b451-447d-ab99-6379c402c6cc', 1),
    ('dda59d45-4422-4c4f-bd45-45ce157f9bab', '79fd40f9-5f48-48ff-994e-f138e575f120', 0),
    ('dda59d45-4422-4c4f-bd45-45ce157f9bab', '1fd544b1-2afa-4f61-be0d-60dccd18f605', 1),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 'c64c0965-0e01-420f-9703-122cd7b93a43', 0),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 'eb2e6d03-b451-447d-ab99-6379c402c6cc', 1),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 'bf83169c-1dbf-42c5-b187-bd712565ae39', 2),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', '4682b2d0-f775-4dbd-84e6-1024398c3339', 0),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', 'e1e1f166-4bda-4ec0-a593-9ffbd6407d79', 1),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', 'c64c0965-0e01-420f-9703-122cd7b93a43', 2),
    ('84d9a9bc-e89f-4ff9-915d-dfd151b34a20', 'afb0a2a6-2f79-4126-a7d5-07ca95dc045f', 0),
    ('84d9a9bc-e89f-4ff9-915d-dfd151b34a20', 'cc785b44-02c7-4afd-922d-652df6fce95c', 1),
    ('84d9a9bc-e89f-4ff9-915d-dfd151b34a20', '5dc11503-b8dc-486f-81f4-f3e452871480', 2),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', 'eb2e6d03-b451-447d-ab99-6379c402c6cc', 0),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', 'c64c0965-0e01-420f-9703-122cd7b93a43', 1),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', '1fd544b1-2afa-4f61-be0d-60dccd18f605', 2),
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', '79fd40f9-5f48-48ff-994e-f138e575f120', 0),
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', 'afb0a2a6-2f79-4126-a7d5-07ca95dc045f', 1),
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', '5dc11503-b8dc-486f-81f4-f3e452871480', 2)
on conflict do nothing;

-- ---------------------------------------------------------------- people in articles
insert into article_person (article_id, person_id, position, role, title, affiliation) values
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '05f364a4-5416-429f-b25c-1b85da5c3ddc', 0, 'quoted', 'world politics professor', 'SOAS University of London'),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '1b54e6b6-81a2-4591-9001-256296dc93fb', 1, 'quoted', 'director of the Afghanistan and Pakistan program', 'Middle East Institute'),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 'f8778968-3496-43bf-a991-77e0c2f08314', 2, 'quoted', 'Syrian journalist', null),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 'b34c8c6c-95b4-4376-abde-b9f638543f1e', 3, 'mentioned', 'commander of the Quds Force', 'Islamic Revolutionary Guard Corps'),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '22e8ebf1-24d0-47a0-9218-11924593cd20', 4, 'mentioned', 'President of the United States', null),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '7a977135-c0b9-4ec3-8766-cc2a27ce540f', 5, 'mentioned', 'former President of the United States', null),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '524fecd0-cfd1-4927-ac84-ec33677377e5', 6, 'mentioned', 'former President of Syria', null),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 'bb1c3867-3a61-408b-aafa-8ebaa19e22e9', 7, 'mentioned', 'Supreme Leader of Iran', null),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', '3b237a48-0ee3-4773-b344-1a8d2677e808', 0, 'quoted', 'senior researcher', 'Tigris Institute for Strategic Studies'),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', '05f364a4-5416-429f-b25c-1b85da5c3ddc', 1, 'quoted', 'professor in global thought and comparative philosophies', 'SOAS University of London'),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', '9cf0e13d-a67b-472f-8a58-cd73b1e806bc', 2, 'mentioned', 'leader of ISIS', 'ISIS'),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', 'b34c8c6c-95b4-4376-abde-b9f638543f1e', 3, 'mentioned', 'commander of the Quds Force', 'Islamic Revolutionary Guard Corps'),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', '1b54e6b6-81a2-4591-9001-256296dc93fb', 0, 'quoted', 'director of Afghanistan and Pakistan Studies', 'Middle East Institute'),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', 'ffce13bf-0d70-45f9-89bc-dd06397b96ce', 1, 'quoted', 'fellow', 'Hindu Kush Policy Forum'),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', '7a977135-c0b9-4ec3-8766-cc2a27ce540f', 2, 'mentioned', 'President of the United States', null),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', 'b34c8c6c-95b4-4376-abde-b9f638543f1e', 3, 'mentioned', 'commander of the Quds Force', 'Islamic Revolutionary Guard Corps'),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', 'f8778968-3496-43bf-a991-77e0c2f08314', 0, 'quoted', 'journalist', null),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', '493bd431-7ba5-4b62-a08d-c7d1518730ad', 1, 'quoted', 'director', 'Levant Reconstruction Initiative'),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', '524fecd0-cfd1-4927-ac84-ec33677377e5', 2, 'mentioned', 'former President of Syria', null),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', 'b34c8c6c-95b4-4376-abde-b9f638543f1e', 3, 'mentioned', 'commander of the Quds Force', 'Islamic Revolutionary Guard Corps'),
    ('af420c98-34b1-4402-9176-27314530ffe3', '20d012c5-b21a-432f-901c-ae7234e9eb4c', 0, 'quoted', 'senior scientist', 'Nordic Institute for Climate Dynamics'),
    ('f0385cda-c9d8-487c-91eb-955d5665748a', 'e63bcca7-ad7f-4ac2-ace3-b92fad128462', 0, 'quoted', 'research director', 'Lakeshore Institute of Technology'),
    ('f0385cda-c9d8-487c-91eb-955d5665748a', '443c17fd-d62f-4897-bce6-60e629ea19c3', 1, 'quoted', 'chief economist', 'Meridian Capital Advisors'),
    ('75b7576f-9e53-421e-a311-edd0413f428d', 'e63bcca7-ad7f-4ac2-ace3-b92fad128462', 0, 'quoted', 'research director', 'Lakeshore Institute of Technology'),
    ('75b7576f-9e53-421e-a311-edd0413f428d', '443c17fd-d62f-4897-bce6-60e629ea19c3', 1, 'quoted', 'chief economist', 'Meridian Capital Advisors'),
    ('1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 'b020a2fc-3729-45e5-9a8f-889481f8947c', 0, 'quoted', 'chief curator', 'Halden Contemporary'),
    ('1784ecc0-c96e-46ae-9d0a-f0f54b37e247', '54099019-435a-45b3-8a14-acb22a3af2d1', 1, 'quoted', 'psychologist', 'Institute for Arts and Health'),
    ('978ae662-0a62-4300-94b5-6283bf9f564e', '7314a4d8-8225-48a6-9390-304d4370c61a', 0, 'quoted', 'ice core technician', 'Alpine Ice Archive'),
    ('978ae662-0a62-4300-94b5-6283bf9f564e', '20d012c5-b21a-432f-901c-ae7234e9eb4c', 1, 'quoted', 'director', 'Nordic Institute for Climate Dynamics'),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', 'e96590ea-a830-47cd-ba13-22f9bd7f04dd', 0, 'quoted', 'saxophonist and bandleader', null),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', '05f364a4-5416-429f-b25c-1b85da5c3ddc', 1, 'mentioned', 'scholar of Iranian politics', 'SOAS University of London'),
    ('dda59d45-4422-4c4f-bd45-45ce157f9bab', '443c17fd-d62f-4897-bce6-60e629ea19c3', 0, 'quoted', 'managing director', 'Meridian Capital Advisors'),
    ('dda59d45-4422-4c4f-bd45-45ce157f9bab', '90034161-33b5-4952-9bd2-3edefc17ad02', 1, 'quoted', 'head of ocean freight', 'Nordhavn Logistics'),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', '1dd80bde-31d6-4a3a-bf54-008083a570cf', 0, 'quoted', 'senior fellow', 'Harrow Center for Statecraft'),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', '05f364a4-5416-429f-b25c-1b85da5c3ddc', 1, 'quoted', 'chair of the Centre for Iranian Studies', 'SOAS University of London'),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', '7a977135-c0b9-4ec3-8766-cc2a27ce540f', 2, 'mentioned', 'former President of the United States', null),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', '22e8ebf1-24d0-47a0-9218-11924593cd20', 3, 'mentioned', 'President of the United States', null),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 'bb1c3867-3a61-408b-aafa-8ebaa19e22e9', 4, 'mentioned', 'Supreme Leader of Iran', null),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 'b34c8c6c-95b4-4376-abde-b9f638543f1e', 5, 'mentioned', 'commander of the Quds Force', 'Islamic Revolutionary Guard Corps'),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', '3b237a48-0ee3-4773-b344-1a8d2677e808', 0, 'quoted', 'senior researcher', 'Tigris Institute for Strategic Studies'),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', '493bd431-7ba5-4b62-a08d-c7d1518730ad', 1, 'quoted', 'director', 'Levant Reconstruction Initiative'),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', '9cf0e13d-a67b-472f-8a58-cd73b1e806bc', 2, 'mentioned', 'leader of ISIS', 'ISIS'),
    ('84d9a9bc-e89f-4ff9-915d-dfd151b34a20', '20d012c5-b21a-432f-901c-ae7234e9eb4c', 0, 'quoted', 'director', 'Nordic Institute for Climate Dynamics'),
    ('84d9a9bc-e89f-4ff9-915d-dfd151b34a20', '7314a4d8-8225-48a6-9390-304d4370c61a', 1, 'quoted', 'ice core technician', 'Alpine Ice Archive'),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', '1dd80bde-31d6-4a3a-bf54-008083a570cf', 0, 'quoted', 'senior fellow', 'Harrow Center for Statecraft'),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', '22e8ebf1-24d0-47a0-9218-11924593cd20', 1, 'mentioned', 'President of the United States', null),
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', 'e63bcca7-ad7f-4ac2-ace3-b92fad128462', 0, 'quoted', 'research director', 'Lakeshore Institute of Technology'),
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', '443c17fd-d62f-4897-bce6-60e629ea19c3', 1, 'quoted', 'chief economist', 'Meridian Capital Advisors')
on conflict do nothing;

-- ---------------------------------------------------------------- images in bodies
insert into article_image (article_id, image_id) values
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '91042b7d-6c03-4e59-8844-66ac07bc728f'),
    ('978ae662-0a62-4300-94b5-6283bf9f564e', '7506193d-dcc6-4106-b787-fb4aa77a3f82'),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', '90b8fd16-bb9c-41b6-b229-a501b6d8a036')
on conflict do nothing;

-- ---------------------------------------------------------------- related stories
insert into article_related (article_id, related_id, position) values
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '9a61b480-8e37-4864-9e93-a0253d887bd2', 0),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 'cb4bcdf7-49ae-4993-839d-641442f22396', 1),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '685cc33c-ebd3-4603-a48d-04f89acd3e51', 2),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 0),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', '685cc33c-ebd3-4603-a48d-04f89acd3e51', 1),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 0),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', '712578a2-b790-4a46-8cdc-0a9bdaf61026', 1),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 0),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', '9a61b480-8e37-4864-9e93-a0253d887bd2', 1),
    ('af420c98-34b1-4402-9176-27314530ffe3', '978ae662-0a62-4300-94b5-6283bf9f564e', 0),
    ('af420c98-34b1-4402-9176-27314530ffe3', '75b7576f-9e53-421e-a311-edd0413f428d', 1),
    ('f0385cda-c9d8-487c-91eb-955d5665748a', '75b7576f-9e53-421e-a311-edd0413f428d', 0),
    ('75b7576f-9e53-421e-a311-edd0413f428d', 'f0385cda-c9d8-487c-91eb-955d5665748a', 0),
    ('75b7576f-9e53-421e-a311-edd0413f428d', 'af420c98-34b1-4402-9176-27314530ffe3', 1),
    ('1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 'ada5fd54-c442-48ab-9b9e-1a08811fdd06', 0),
    ('978ae662-0a62-4300-94b5-6283bf9f564e', 'af420c98-34b1-4402-9176-27314530ffe3', 0),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', '1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 0),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', '712578a2-b790-4a46-8cdc-0a9bdaf61026', 1),
    ('dda59d45-4422-4c4f-bd45-45ce157f9bab', '75b7576f-9e53-421e-a311-edd0413f428d', 0),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 0),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 'cb4bcdf7-49ae-4993-839d-641442f22396', 1),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 'acbeaa09-6495-4b2b-a6ee-76c9394023ae', 2),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 0),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', '9a61b480-8e37-4864-9e93-a0253d887bd2', 1),
    ('84d9a9bc-e89f-4ff9-915d-dfd151b34a20', '978ae662-0a62-4300-94b5-6283bf9f564e', 0),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', '712578a2-b790-4a46-8cdc-0a9bdaf61026', 0),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 1),
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', 'f0385cda-c9d8-487c-91eb-955d5665748a', 0)
on conflict do nothing;

-- ---------------------------------------------------------------- quotes
-- block_index is a 0-based index into the body of the article, position the order of
-- the quotes in the article. title and affiliation are as quoted in that article.
insert into quote (id, text, person_id, article_id, block_index, position, title, affiliation, created_at) values
    ('ff787ff5-b1a5-4cce-acee-9cde06094b7d', 'a regional axis that is both institutionalized and ideological',
     '05f364a4-5416-429f-b25c-1b85da5c3ddc', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 3, 0, 'world politics professor', 'SOAS University of London', '2025-01-02T15:20:00Z'),
    ('ebda052d-5cf2-4263-9070-c016d0ba9592', 'absolutely critical in bringing the various factions of the mujahedeen and the Northern Alliance together',
     '1b54e6b6-81a2-4591-9001-256296dc93fb', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 4, 1, 'director of the Afghanistan and Pakistan program', 'Middle East Institute', '2025-01-02T15:20:00Z'),
    ('ff68f6ff-ce3b-4fb2-8a66-525f4fd366fd', 'virulently racist anti-Iranian, anti-Shia agenda',
     '05f364a4-5416-429f-b25c-1b85da5c3ddc', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 7, 2, 'world politics professor', 'SOAS University of London', '2025-01-02T15:20:00Z'),
    ('39ae44f1-01db-42a4-aa51-7634501742a3', 'The killing of Soleimani made the world that much more dangerous to live in.',
     '05f364a4-5416-429f-b25c-1b85da5c3ddc', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 9, 3, 'world politics professor', 'SOAS University of London', '2025-01-02T15:20:00Z'),
    ('5951b01c-7e0f-44f4-bde2-ef5dc3eb0e44', 'dealt the decisive blows',
     '05f364a4-5416-429f-b25c-1b85da5c3ddc', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 10, 4, 'world politics professor', 'SOAS University of London', '2025-01-02T15:20:00Z'),
    ('4f97f6f8-5a33-4738-8f1d-a5ad4073d02a', 'no less involved in their misery than Assad',
     'f8778968-3496-43bf-a991-77e0c2f08314', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 12, 5, 'Syrian journalist', null, '2025-01-02T15:20:00Z'),
    ('85c3e4dc-28fc-4274-a6e3-315b2d8c9190', 'the moment everyone realized ISIS could be beaten, and nobody wanted to admit who had beaten it together.',
     '3b237a48-0ee3-4773-b344-1a8d2677e808', '9a61b480-8e37-4864-9e93-a0253d887bd2', 3, 0, 'senior researcher', 'Tigris Institute for Strategic Studies', '2025-02-16T09:30:00Z'),
    ('ecac6f68-39b4-4212-ba49-0dec3621d562', 'politics of the conflict made it largely impossible for the two countries to integrate their strategic preferences into a coordinated approach.',
     '05f364a4-5416-429f-b25c-1b85da5c3ddc', '9a61b480-8e37-4864-9e93-a0253d887bd2', 4, 1, 'professor in global thought and comparative philosophies', 'SOAS University of London', '2025-02-16T09:30:00Z'),
    ('460d3ad6-13b9-4b0f-bcab-83c5596930db', 'Every family here can tell you the date the road reopened. Very few can tell you who flew the planes.',
     '3b237a48-0ee3-4773-b344-1a8d2677e808', '9a61b480-8e37-4864-9e93-a0253d887bd2', 5, 2, 'senior researcher', 'Tigris Institute for Strategic Studies', '2025-02-16T09:30:00Z'),
    ('41bb0240-93c9-43b0-9536-b3ae361ad8a4', 'absolutely critical in bringing the various factions of the mujahedeen and the Northern Alliance together.',
     '1b54e6b6-81a2-4591-9001-256296dc93fb', 'cb4bcdf7-49ae-4993-839d-641442f22396', 1, 0, 'director of Afghanistan and Pakistan Studies', 'Middle East Institute', '2025-04-07T08:00:00Z'),
    ('8c847b7d-a132-41f3-bbce-73af09b16d68', 'Tehran learned in 2002 that helping Washington was not the same as being thanked by it',
     'ffce13bf-0d70-45f9-89bc-dd06397b96ce', 'cb4bcdf7-49ae-4993-839d-641442f22396', 4, 1, 'fellow', 'Hindu Kush Policy Forum', '2025-04-07T08:00:00Z'),
    ('bc94fc5a-5484-4d61-a0d7-ba7976d82ea7', 'Every Iranian decision in Afghanistan since then has been shaped by that lesson.',
     'ffce13bf-0d70-45f9-89bc-dd06397b96ce', 'cb4bcdf7-49ae-4993-839d-641442f22396', 4, 2, 'fellow', 'Hindu Kush Policy Forum', '2025-04-07T08:00:00Z'),
    ('d7767483-32da-437b-832f-f0db2370ef4f', 'Syrians outside Assad regime-controlled areas were jubilant about his assassination',
     'f8778968-3496-43bf-a991-77e0c2f08314', '685cc33c-ebd3-4603-a48d-04f89acd3e51', 1, 0, 'journalist', null, '2025-06-19T07:45:00Z'),
    ('f0fa0013-64f4-4a5e-bf3b-b05ec2835cc7', 'the terrorist arm of the mullah’s regime in Iran',
     'f8778968-3496-43bf-a991-77e0c2f08314', '685cc33c-ebd3-4603-a48d-04f89acd3e51', 1, 1, 'journalist', null, '2025-06-19T07:45:00Z'),
    ('6f014807-a350-46f9-849a-4b8b10b24ac3', 'People are not asking whether to return. They are asking what they would be returning to',
     '493bd431-7ba5-4b62-a08d-c7d1518730ad', '685cc33c-ebd3-4603-a48d-04f89acd3e51', 3, 2, 'director', 'Levant Reconstruction Initiative', '2025-06-19T07:45:00Z'),
    ('9c05ff55-4934-4f8d-bec5-8aaeb086f062', 'What has changed is not that these patterns exist, but how hot the air is when they lock in place',
     '20d012c5-b21a-432f-901c-ae7234e9eb4c', 'af420c98-34b1-4402-9176-27314530ffe3', 1, 0, 'senior scientist', 'Nordic Institute for Climate Dynamics', '2025-07-28T13:00:00Z'),
    ('d08c75a7-a3b8-43fa-bbfa-c8ba6d2c1ba8', 'Bodies can cope with a hot afternoon. What they cannot cope with is a week of nights that never drop below twenty-five degrees.',
     '20d012c5-b21a-432f-901c-ae7234e9eb4c', 'af420c98-34b1-4402-9176-27314530ffe3', 4, 1, 'senior scientist', 'Nordic Institute for Climate Dynamics', '2025-07-28T13:00:00Z'),
    ('325711b2-3458-44a9-84a9-451aad159a7d', 'Most businesses do not need a model that can write sonnets and explain quantum physics',
     'e63bcca7-ad7f-4ac2-ace3-b92fad128462', 'f0385cda-c9d8-487c-91eb-955d5665748a', 1, 0, 'research director', 'Lakeshore Institute of Technology', '2025-09-10T10:15:00Z'),
    ('dd6a45bf-dbd5-43e4-a7e1-37c10ac9c90c', 'They need one that reads invoices correctly, every time, without sending them to someone else’s data center.',
     'e63bcca7-ad7f-4ac2-ace3-b92fad128462', 'f0385cda-c9d8-487c-91eb-955d5665748a', 1, 1, 'research director', 'Lakeshore Institute of Technology', '2025-09-10T10:15:00Z'),
    ('3ff2c6c5-c10b-4aa2-b033-9f8db680dbde', 'When the cost of every query shows up on a monthly bill, the finance team starts asking questions the engineers never did',
     '443c17fd-d62f-4897-bce6-60e629ea19c3', 'f0385cda-c9d8-487c-91eb-955d5665748a', 3, 2, 'chief economist', 'Meridian Capital Advisors', '2025-09-10T10:15:00Z'),
    ('ce1b4ef8-5591-4237-a18e-3a932a52dee1', 'The best plants now reclaim most of the water they use',
     'e63bcca7-ad7f-4ac2-ace3-b92fad128462', '75b7576f-9e53-421e-a311-edd0413f428d', 3, 0, 'research director', 'Lakeshore Institute of Technology', '2025-11-01T09:00:00Z'),
    ('a7c59979-b728-4903-996d-51ba62cfe069', 'The towns that do best are the ones that negotiate the water terms before they celebrate the announcement.',
     '443c17fd-d62f-4897-bce6-60e629ea19c3', '75b7576f-9e53-421e-a311-edd0413f428d', 4, 1, 'chief economist', 'Meridian Capital Advisors', '2025-11-01T09:00:00Z'),
    ('69b4959a-3c7c-4f70-86fc-33673e9033a1', 'A painting in a crate helps nobody',
     'b020a2fc-3729-45e5-9a8f-889481f8947c', '1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 1, 0, 'chief curator', 'Halden Contemporary', '2025-05-14T09:40:00Z'),
    ('48934447-251f-47bc-9b40-3d10c7bea3d9', 'A painting across from a hospital bed might be the only new thing a patient sees all week.',
     'b020a2fc-3729-45e5-9a8f-889481f8947c', '1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 1, 1, 'chief curator', 'Halden Contemporary', '2025-05-14T09:40:00Z'),
    ('65799ae7-f4c9-4c1c-875d-978ec4a5da65', 'We see small but real improvements in how patients rate their stay',
     '54099019-435a-45b3-8a14-acb22a3af2d1', '1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 4, 2, 'psychologist', 'Institute for Arts and Health', '2025-05-14T09:40:00Z'),
    ('6aa9483c-ea12-48f0-bb4a-2a9465916745', 'We are librarians for a library that is burning',
     '7314a4d8-8225-48a6-9390-304d4370c61a', '978ae662-0a62-4300-94b5-6283bf9f564e', 1, 0, 'ice core technician', 'Alpine Ice Archive', '2026-02-09T08:30:00Z'),
    ('b364e5e2-4085-435f-8a6d-0008c34be676', 'Some of the cores we planned to drill in ten years simply will not be there to drill',
     '20d012c5-b21a-432f-901c-ae7234e9eb4c', '978ae662-0a62-4300-94b5-6283bf9f564e', 4, 1, 'director', 'Nordic Institute for Climate Dynamics', '2026-02-09T08:30:00Z'),
    ('36ad3930-24fb-4ac8-a1ae-1a5e948bb5c1', 'We grew up with two kinds of music at home, the old Persian records and the jazz our uncles brought back from abroad',
     'e96590ea-a830-47cd-ba13-22f9bd7f04dd', 'ada5fd54-c442-48ab-9b9e-1a08811fdd06', 1, 0, 'saxophonist and bandleader', null, '2026-03-06T19:00:00Z'),
    ('4600b35c-d408-456c-b240-4af9c108097b', 'Every show, there are faces we have never seen',
     'e96590ea-a830-47cd-ba13-22f9bd7f04dd', 'ada5fd54-c442-48ab-9b9e-1a08811fdd06', 5, 1, 'saxophonist and bandleader', null, '2026-03-06T19:00:00Z'),
    ('42441434-eb89-45c1-b6bb-bd28f7e18480', 'The lesson for shippers was not that one route is dangerous',
     '443c17fd-d62f-4897-bce6-60e629ea19c3', 'dda59d45-4422-4c4f-bd45-45ce157f9bab', 1, 0, 'managing director', 'Meridian Capital Advisors', '2026-05-17T10:30:00Z'),
    ('5e80f64f-ded8-4f47-949d-99711de3a515', 'Nobody wants to be the one explaining an empty shelf',
     '90034161-33b5-4952-9bd2-3edefc17ad02', 'dda59d45-4422-4c4f-bd45-45ce157f9bab', 3, 1, 'head of ocean freight', 'Nordhavn Logistics', '2026-05-17T10:30:00Z'),
    ('dd7e0311-a2b0-4acc-8b44-d15717ea478b', 'Every reversal in Washington is remembered in Tehran as a broken promise, even when Washington remembers it as a change of policy',
     '1dd80bde-31d6-4a3a-bf54-008083a570cf', '712578a2-b790-4a46-8cdc-0a9bdaf61026', 3, 0, 'senior fellow', 'Harrow Center for Statecraft', '2026-08-31T17:00:00Z'),
    ('7bef95bc-8456-49ce-872e-9321f333bdbb', 'this insecurity is the real bond that binds common Iranians and Americans together.',
     '05f364a4-5416-429f-b25c-1b85da5c3ddc', '712578a2-b790-4a46-8cdc-0a9bdaf61026', 4, 1, 'chair of the Centre for Iranian Studies', 'SOAS University of London', '2026-08-31T17:00:00Z'),
    ('e331b772-18f8-4629-b5d4-282de3f44c16', 'Every government agrees the camps are a danger, and almost every government has decided it is somebody else’s danger',
     '3b237a48-0ee3-4773-b344-1a8d2677e808', '46bb937a-33ba-4506-b182-8079c838ebdd', 1, 0, 'senior researcher', 'Tigris Institute for Strategic Studies', '2026-10-12T09:00:00Z'),
    ('a013b0cb-086a-4a15-8851-7da4f6b79ec6', 'Nobody can plan reintegration when nobody knows who will be running the region next year',
     '493bd431-7ba5-4b62-a08d-c7d1518730ad', '46bb937a-33ba-4506-b182-8079c838ebdd', 3, 1, 'director', 'Levant Reconstruction Initiative', '2026-10-12T09:00:00Z'),
    ('614d5bae-2a53-4abd-9bfc-c694d2aafb12', 'We know where most of the big lakes are. What we do not know is which ones are getting ready to go',
     '20d012c5-b21a-432f-901c-ae7234e9eb4c', '84d9a9bc-e89f-4ff9-915d-dfd151b34a20', 1, 0, 'director', 'Nordic Institute for Climate Dynamics', '2026-10-20T08:15:00Z'),
    ('a6d78c20-a6c2-4849-9949-a76e1dc60ac4', 'checking the pulse of a mountain.',
     '7314a4d8-8225-48a6-9390-304d4370c61a', '84d9a9bc-e89f-4ff9-915d-dfd151b34a20', 2, 1, 'ice core technician', 'Alpine Ice Archive', '2026-10-20T08:15:00Z'),
    ('bd3a020b-b65b-4fb0-8783-213be6fbf881', 'The agreement is easier to judge now that it is gone',
     '1dd80bde-31d6-4a3a-bf54-008083a570cf', 'acbeaa09-6495-4b2b-a6ee-76c9394023ae', 3, 0, 'senior fellow', 'Harrow Center for Statecraft', '2026-10-20T09:30:00Z'),
    ('6a2d367b-a5de-44e7-8718-67151dc553db', 'Whatever its flaws, it put inspectors in places where today there are only satellites.',
     '1dd80bde-31d6-4a3a-bf54-008083a570cf', 'acbeaa09-6495-4b2b-a6ee-76c9394023ae', 3, 1, 'senior fellow', 'Harrow Center for Statecraft', '2026-10-20T09:30:00Z'),
    ('39fd90f5-bac0-40ac-a216-fc871d2d5544', 'The chemistry is real, but the amounts are tiny compared with the emissions from making the cement in the first place',
     'e63bcca7-ad7f-4ac2-ace3-b92fad128462', '7195ab78-2fd2-44fc-b0c7-904f5783d728', 1, 0, 'research director', 'Lakeshore Institute of Technology', '2025-08-18T08:00:00Z'),
    ('b007437b-57f2-411e-97a9-2d2a51dae407', 'Nobody asked for the lifecycle numbers until the second funding round',
     '443c17fd-d62f-4897-bce6-60e629ea19c3', '7195ab78-2fd2-44fc-b0c7-904f5783d728', 2, 1, 'chief economist', 'Meridian Capital Advisors', '2025-08-18T08:00:00Z')
on conflict do nothing;

-- ---------------------------------------------------------------- old slugs
insert into slug_redirect (kind, old_slug, target_id, created_at) values
    ('article', 'soleimani-and-the-us', 'caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', '2025-01-04T11:10:00Z')
on conflict do nothing;

-- ---------------------------------------------------------------- resources nothing uses
-- No article, person or quote refers to these three, so the DELETE examples can be
-- tried on them (with an editor key and If-Match: *) without taking anything apart.
insert into topic (id, slug, name, description, parent_id, created_at, updated_at) values
    ('0cc226c8-933f-41a3-9fb0-542a8d1e7929', 'podcasts', 'Podcasts',
     'Conversations with our writers and the people they report on.',
     null, '2026-10-28T10:00:00Z', '2026-10-28T10:00:00Z')
on conflict do nothing;

insert into person (id, slug, name, honorific, bio, title, affiliation, image_id, created_at, updated_at) values
    ('9abe2f36-8414-45bb-a899-d034080f146e', 'ines-carvalho', 'Ines Carvalho', null,
     'Audio producer from Lisbon who is putting together the magazine’s first podcast season.',
     'freelance audio producer', null, null, '2026-10-28T10:05:00Z', '2026-10-28T10:05:00Z')
on conflict do nothing;

insert into image (id, url, width, height, alt_text, caption, credit, created_at, updated_at) values
    ('21fb413f-a71d-4de3-8b98-891b6f6663f1', 'https://images.modernmedia.example/2026/10/podcast-studio.jpg', 2400, 1600,
     'A microphone on a boom arm in front of a wall of grey acoustic foam',
     'The small recording studio where the podcast is being made.',
     'Modern Media / Ines Carvalho', '2026-10-28T10:10:00Z', '2026-10-28T10:10:00Z')
on conflict do nothing;

-- ---------------------------------------------------------------- a retired key
-- A partner key that was revoked long ago, so that the admin examples (show a
-- key, revoke a key) have one to act on. Its secret was never kept, so it can
-- never be used: only its hash would be stored, and this hash is of nothing.
insert into api_key (id, name, role, key_hash, key_prefix, created_at, last_used_at, revoked_at) values
    ('3f0c9b7e-5a2d-4c8e-9b61-7d2e4a1c8f35', 'retired-partner-feed', 'partner',
     '0000000000000000000000000000000000000000000000000000000000000000', 'cak_RtPf',
     '2025-03-01T09:00:00Z', '2025-09-14T06:12:00Z', '2025-10-01T09:00:00Z')
on conflict do nothing;

-- ---------------------------------------------------------------- revision history
-- Revisions 1 .. article.revision of every article, as the service records them
-- (ArticleEditor / WritePipeline): who, when, the action, the fields that changed
-- (for a create, the fields that were set), and the snapshot, the article as written
-- then: its ArticleInput without null fields, the body as blocks, plus deleted and
-- status. The snapshot of the current revision is built from the article's rows.
-- Each row of history gives, in earlier, how an older revision differed from it,
-- as a merge patch: a field set to null was not set yet. Related stories and hero
-- images are taken as they are now, even where they are newer than the revision.
--
-- Rows go in only for an article that has no revisions yet and is at the revision
-- its history ends with, so a second run, or an article edited through the API,
-- is left alone.
with history (article_id, revision, changed_at, action, changes, status, earlier) as (values
    -- soleimani-and-the-united-states-worked-together-to-beat-isis: written under a short
    -- slug, published, renamed the next day (soleimani-and-the-us redirects).
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4'::uuid, 1, '2025-01-02T15:20:00Z'::timestamptz, 'create', null::jsonb, 'draft',
     '{"slug": "soleimani-and-the-us", "publishedAt": null}'::jsonb),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 2, '2025-01-03T08:30:00Z', 'publish', '["publishedAt", "status"]', 'published',
     '{"slug": "soleimani-and-the-us"}'),
    ('caa46cc8-f795-4732-b5c5-6f13e2e3e3e4', 3, '2025-01-04T11:10:00Z', 'update', '["slug"]', 'published', '{}'),
    -- amirli-siege-turning-point-against-isis: the hero picture came after the text.
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', 1, '2025-02-16T09:30:00Z', 'create', null, 'draft',
     '{"heroImageId": null, "publishedAt": null}'),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', 2, '2025-02-16T10:05:00Z', 'update', '["heroImageId"]', 'draft',
     '{"publishedAt": null}'),
    ('9a61b480-8e37-4864-9e93-a0253d887bd2', 3, '2025-02-18T14:05:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    -- iran-afghanistan-after-2001: the copy desk tightened the dek after publication.
    ('cb4bcdf7-49ae-4993-839d-641442f22396', 1, '2025-04-07T08:00:00Z', 'create', null, 'draft',
     '{"dek": "The brief window of cooperation between Tehran and Washington closed fast, but its consequences did not.", "publishedAt": null}'),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', 2, '2025-04-09T06:45:00Z', 'publish', '["publishedAt", "status"]', 'published',
     '{"dek": "The brief window of cooperation between Tehran and Washington closed fast, but its consequences did not."}'),
    ('cb4bcdf7-49ae-4993-839d-641442f22396', 3, '2025-04-09T09:30:00Z', 'update', '["dek"]', 'published', '{}'),
    -- museum-lends-paintings-to-hospitals
    ('1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 1, '2025-05-14T09:40:00Z', 'create', null, 'draft', '{"publishedAt": null}'),
    ('1784ecc0-c96e-46ae-9d0a-f0f54b37e247', 2, '2025-05-16T10:20:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    -- syrian-exiles-weigh-a-shifting-map: the slug keeps the working headline.
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', 1, '2025-06-19T07:45:00Z', 'create', null, 'draft',
     '{"headline": "Syrian Exiles Weigh a Shifting Map", "publishedAt": null}'),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', 2, '2025-06-20T16:30:00Z', 'update', '["headline"]', 'draft', '{"publishedAt": null}'),
    ('685cc33c-ebd3-4603-a48d-04f89acd3e51', 3, '2025-06-21T12:00:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    -- heat-domes-and-the-new-summer
    ('af420c98-34b1-4402-9176-27314530ffe3', 1, '2025-07-28T13:00:00Z', 'create', null, 'draft', '{"publishedAt": null}'),
    ('af420c98-34b1-4402-9176-27314530ffe3', 2, '2025-07-30T07:15:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    -- carbon-eating-concrete-startup: taken down two weeks after publication.
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', 1, '2025-08-18T08:00:00Z', 'create', null, 'draft', '{"publishedAt": null}'),
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', 2, '2025-08-20T09:40:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    ('7195ab78-2fd2-44fc-b0c7-904f5783d728', 3, '2025-09-02T10:00:00Z', 'unpublish', '["status"]', 'unpublished', '{}'),
    -- small-language-models-are-having-a-moment
    ('f0385cda-c9d8-487c-91eb-955d5665748a', 1, '2025-09-10T10:15:00Z', 'create', null, 'draft', '{"publishedAt": null}'),
    ('f0385cda-c9d8-487c-91eb-955d5665748a', 2, '2025-09-12T13:30:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    -- chip-factories-and-the-water-question: a second related story added after publication.
    ('75b7576f-9e53-421e-a311-edd0413f428d', 1, '2025-11-01T09:00:00Z', 'create', null, 'draft',
     '{"relatedIds": ["f0385cda-c9d8-487c-91eb-955d5665748a"], "publishedAt": null}'),
    ('75b7576f-9e53-421e-a311-edd0413f428d', 2, '2025-11-04T16:10:00Z', 'publish', '["publishedAt", "status"]', 'published',
     '{"relatedIds": ["f0385cda-c9d8-487c-91eb-955d5665748a"]}'),
    ('75b7576f-9e53-421e-a311-edd0413f428d', 3, '2025-11-06T08:45:00Z', 'update', '["relatedIds"]', 'published', '{}'),
    -- the-glacier-librarians
    ('978ae662-0a62-4300-94b5-6283bf9f564e', 1, '2026-02-09T08:30:00Z', 'create', null, 'draft', '{"publishedAt": null}'),
    ('978ae662-0a62-4300-94b5-6283bf9f564e', 2, '2026-02-11T08:00:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    -- tehrans-underground-jazz-revival: the slug keeps the working headline.
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', 1, '2026-03-06T19:00:00Z', 'create', null, 'draft',
     '{"headline": "Tehran’s Underground Jazz Revival", "publishedAt": null}'),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', 2, '2026-03-08T10:05:00Z', 'update', '["headline"]', 'draft', '{"publishedAt": null}'),
    ('ada5fd54-c442-48ab-9b9e-1a08811fdd06', 3, '2026-03-08T18:25:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    -- freight-rates-red-sea-whiplash
    ('dda59d45-4422-4c4f-bd45-45ce157f9bab', 1, '2026-05-17T10:30:00Z', 'create', null, 'draft', '{"publishedAt": null}'),
    ('dda59d45-4422-4c4f-bd45-45ce157f9bab', 2, '2026-05-19T11:50:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    -- washingtons-long-argument-about-tehran
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 1, '2026-08-31T17:00:00Z', 'create', null, 'draft', '{"publishedAt": null}'),
    ('712578a2-b790-4a46-8cdc-0a9bdaf61026', 2, '2026-09-02T09:05:00Z', 'publish', '["publishedAt", "status"]', 'published', '{}'),
    -- isis-detention-camps-the-problem-nobody-wants (draft): the slug keeps the working headline.
    ('46bb937a-33ba-4506-b182-8079c838ebdd', 1, '2026-10-12T09:00:00Z', 'create', null, 'draft',
     '{"headline": "ISIS Detention Camps: The Problem Nobody Wants"}'),
    ('46bb937a-33ba-4506-b182-8079c838ebdd', 2, '2026-10-27T16:40:00Z', 'update', '["headline"]', 'draft', '{}'),
    -- mapping-glacier-lakes (draft): just written.
    ('84d9a9bc-e89f-4ff9-915d-dfd151b34a20', 1, '2026-10-20T08:15:00Z', 'create', null, 'draft', '{}'),
    -- the-iran-deals-long-shadow: given its date, then scheduled for it.
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', 1, '2026-10-20T09:30:00Z', 'create', null, 'draft', '{"publishedAt": null}'),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', 2, '2026-11-10T14:52:00Z', 'update', '["publishedAt"]', 'draft', '{}'),
    ('acbeaa09-6495-4b2b-a6ee-76c9394023ae', 3, '2026-11-10T15:00:00Z', 'publish', '["status"]', 'scheduled', '{}')
),
-- The article as the service writes it now (ArticleInput.from), nulls still in.
written (article_id, input) as (
    select a.id, jsonb_build_object(
        'slug', a.slug,
        'headline', a.headline,
        'dek', a.dek,
        'publishedAt', to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'heroImageId', a.hero_image_id,
        'body', a.body,
        'authorIds', coalesce((select jsonb_agg(x.person_id order by x.position)
                                 from article_author x where x.article_id = a.id), '[]'::jsonb),
        'topicIds', coalesce((select jsonb_agg(x.topic_id order by x.position)
                                from article_topic x where x.article_id = a.id), '[]'::jsonb),
        'people', coalesce((select jsonb_agg(jsonb_build_object('personId', x.person_id, 'role', x.role,
                                                                'title', x.title, 'affiliation', x.affiliation)
                                             order by x.position)
                              from article_person x where x.article_id = a.id), '[]'::jsonb),
        'relatedIds', coalesce((select jsonb_agg(x.related_id order by x.position)
                                  from article_related x where x.article_id = a.id), '[]'::jsonb),
        'callToAction', a.call_to_action,
        'deleted', a.deleted_at is not null)
      from article a
     where a.id in (select article_id from history)
       and a.revision = (select max(h.revision) from history h where h.article_id = a.id)
       and not exists (select 1 from article_revision r where r.article_id = a.id)
),
-- Each revision's snapshot: the earlier values and the status over the current ones,
-- then without the top-level nulls, which the service leaves out (nulls inside
-- people and body blocks stay, as the service writes them).
snapshots (article_id, revision, changed_at, action, changes, snapshot) as (
    select h.article_id, h.revision, h.changed_at, h.action, h.changes,
           (select jsonb_object_agg(f.key, f.value)
              from jsonb_each(w.input || h.earlier || jsonb_build_object('status', h.status)) f
             where jsonb_typeof(f.value) <> 'null')
      from history h
      join written w on w.article_id = h.article_id
)
insert into article_revision (article_id, revision, changed_at, changed_by, action, changes, snapshot)
select r.article_id, r.revision, r.changed_at, 'newsroom-cms', r.action,
       -- A create names the fields it set, in the order of ArticleInput, and status.
       coalesce(r.changes, (select jsonb_agg(f.name order by f.position)
                              from unnest(array['slug', 'headline', 'dek', 'publishedAt', 'heroImageId', 'body',
                                                'authorIds', 'topicIds', 'people', 'relatedIds', 'callToAction',
                                                'status']) with ordinality as f (name, position)
                             where r.snapshot -> f.name is not null)),
       r.snapshot
  from snapshots r
on conflict do nothing;

-- ---------------------------------------------------------------- word counts
-- Whitespace-separated tokens of the text of paragraph, heading and pull_quote
-- blocks, for rows just inserted (count still 0): articles written through the
-- API keep the count the service computed, and a second run is a no-op.
update article a
   set word_count = c.n
  from (select x.id,
               coalesce((select sum(coalesce(array_length(regexp_split_to_array(btrim(b->>'text'), '\s+'), 1), 0))
                           from jsonb_array_elements(x.body) b
                          where b->>'type' in ('paragraph', 'heading', 'pull_quote')
                            and btrim(coalesce(b->>'text', '')) <> ''), 0)::integer as n
          from article x
         where x.word_count = 0) c
 where c.id = a.id
   and a.word_count <> c.n;

-- Each article asks for its stored document (render on write, V19), as a write through the change log does;
-- what this script may have changed is rendered again.
insert into stored_document (kind, id) select 'article', id from article where deleted_at is null
on conflict (kind, id) do update set stale = true;
