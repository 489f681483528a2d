-- Person search that stays fast at millions of persons (benchmarks: docs/benchmarks.md).
--  * Prefix search walks a C-collation b-tree in key order and stops at the page's end,
--    instead of reading and ranking every trigram match.
--  * name_key_alt is the search key of the Cyrillic form when it differs from the Latin
--    one (ICAO "FEDOROV" vs typed "Фёдоров" = "FYODOROV"), so either script finds a person.
--  * person_name_words holds each distinct word of the keys with a trigram index: a
--    misspelt word ("KARIMIV") is corrected against it (a small table) before the prefix
--    search, instead of comparing trigrams against a million full names.
ALTER TABLE persons ADD COLUMN name_key_alt text NOT NULL DEFAULT '';

CREATE INDEX persons_name_key_c ON persons (name_key COLLATE "C", id);
CREATE INDEX persons_name_key_alt_c ON persons (name_key_alt COLLATE "C", id)
  WHERE name_key_alt <> '';
DROP INDEX persons_name_key_trgm;

CREATE TABLE person_name_words (word text PRIMARY KEY);
CREATE INDEX person_name_words_trgm ON person_name_words USING gin (word gin_trgm_ops);
CREATE INDEX person_name_words_c ON person_name_words (word COLLATE "C");

CREATE FUNCTION persons_collect_name_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO person_name_words(word)
    SELECT DISTINCT w FROM unnest(string_to_array(NEW.name_key || ' ' || NEW.name_key_alt, ' ')) AS w
     WHERE length(w) >= 2
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER persons_collect_name_words
  AFTER INSERT OR UPDATE OF name_key, name_key_alt ON persons
  FOR EACH ROW EXECUTE FUNCTION persons_collect_name_words();

INSERT INTO person_name_words(word)
  SELECT DISTINCT w FROM persons, unnest(string_to_array(name_key, ' ')) AS w WHERE length(w) >= 2
ON CONFLICT DO NOTHING;
