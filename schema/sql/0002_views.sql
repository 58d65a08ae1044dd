-- 0002_views: the views every event-data analyst reaches for.

-- Events with code names and their article's metadata joined in.
CREATE OR REPLACE VIEW events_named AS
SELECT e.*,
       c.name  AS event_name,
       r.name  AS root_name,
       d.title AS doc_title,
       d.source AS doc_source,
       d.url   AS doc_url,
       d.published AS doc_published
FROM events e
LEFT JOIN cameo_codes c ON c.code = e.cameo_code
LEFT JOIN cameo_codes r ON r.code = e.root_code
LEFT JOIN documents d ON d.doc_id = e.doc_id;

-- Per day, root code and quad class: the event count and mean Goldstein score.
CREATE OR REPLACE VIEW events_daily AS
SELECT event_date,
       root_code,
       quad_class,
       count(*)                 AS events,
       round(avg(goldstein), 3) AS mean_goldstein
FROM events
WHERE event_date IS NOT NULL
GROUP BY event_date, root_code, quad_class;

-- Per (source country, target country): counts by quad class and mean Goldstein score.
CREATE OR REPLACE VIEW dyads AS
SELECT source_country,
       target_country,
       count(*)                                 AS events,
       count(*) FILTER (WHERE quad_class = 1)   AS verbal_cooperation,
       count(*) FILTER (WHERE quad_class = 2)   AS material_cooperation,
       count(*) FILTER (WHERE quad_class = 3)   AS verbal_conflict,
       count(*) FILTER (WHERE quad_class = 4)   AS material_conflict,
       round(avg(goldstein), 3)                 AS mean_goldstein
FROM events
WHERE coalesce(source_country, '') <> '' AND coalesce(target_country, '') <> ''
GROUP BY source_country, target_country;

-- One event per (date, source, target, code), as Phoenix's one-a-day filter has it,
-- with the number of events, documents and news sources behind it.
CREATE OR REPLACE VIEW events_dedup AS
SELECT e.event_date,
       e.source_code,
       e.target_code,
       e.cameo_code,
       any_value(e.root_code)          AS root_code,
       any_value(e.quad_class)         AS quad_class,
       any_value(e.goldstein)          AS goldstein,
       any_value(e.source_country)     AS source_country,
       any_value(e.target_country)     AS target_country,
       min(e.event_id)                 AS first_event_id,
       count(*)                        AS events,
       count(DISTINCT e.doc_id)        AS documents,
       count(DISTINCT coalesce(d.source, '')) AS sources
FROM events e
LEFT JOIN documents d ON d.doc_id = e.doc_id
GROUP BY e.event_date, e.source_code, e.target_code, e.cameo_code;

-- Per country and month: events with the country as source and as target.
CREATE OR REPLACE VIEW country_month AS
WITH sides AS (
    SELECT source_country AS country, date_trunc('month', event_date) AS month,
           1 AS as_source, 0 AS as_target, goldstein
    FROM events WHERE coalesce(source_country, '') <> '' AND event_date IS NOT NULL
    UNION ALL
    SELECT target_country, date_trunc('month', event_date), 0, 1, goldstein
    FROM events WHERE coalesce(target_country, '') <> '' AND event_date IS NOT NULL
)
SELECT country,
       CAST(month AS DATE)       AS month,
       CAST(sum(as_source) AS BIGINT) AS events_as_source,
       CAST(sum(as_target) AS BIGINT) AS events_as_target,
       round(avg(goldstein), 3)  AS mean_goldstein
FROM sides
GROUP BY country, month;

-- Per event location: counts and mean Goldstein score, for maps.
CREATE OR REPLACE VIEW event_locations AS
SELECT location_name,
       location_country,
       round(avg(latitude), 4)   AS latitude,
       round(avg(longitude), 4)  AS longitude,
       count(*)                  AS events,
       round(avg(goldstein), 3)  AS mean_goldstein
FROM events
WHERE latitude IS NOT NULL AND longitude IS NOT NULL
GROUP BY location_name, location_country;

-- Named actors the dictionaries lack: the most frequent uncoded names.
CREATE OR REPLACE VIEW unknown_actors AS
WITH names AS (
    SELECT source_name AS name, sentence_text FROM events
    WHERE coalesce(source_code, '') = '' AND coalesce(source_name, '') <> ''
    UNION ALL
    SELECT target_name, sentence_text FROM events
    WHERE coalesce(target_code, '') = '' AND coalesce(target_name, '') <> ''
)
SELECT name, count(*) AS mentions, any_value(sentence_text) AS example
FROM names
GROUP BY name;
