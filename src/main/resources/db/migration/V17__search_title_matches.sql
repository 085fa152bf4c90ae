-- Search scores a bounded set of candidates (SearchRepository.ranked): the newest matches, and the newest
-- matches in the headline, dek or names, the parts V14 weights A and B. The first come from V14's index or from
-- the publication index; the second from this one, which holds only those parts of each document, so that a
-- word found in the bodies of many articles but the headlines of few is quick to find in the headlines.
create index article_search_title_idx on article using gin (ts_filter(search_vector, '{a,b}'));
