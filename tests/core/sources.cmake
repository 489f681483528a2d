set(MWS_CORE_TEST_SOURCES
  domain_date_test.cpp
  domain_fees_test.cpp
  domain_lifecycle_test.cpp
  domain_person_test.cpp
  domain_rules_test.cpp
  domain_transliteration_test.cpp
)
