# Sources of the domain model (cases, persons, rules); kept apart from CMakeLists.txt so the
# domain can grow without touching the library's wiring.
set(MWS_CORE_DOMAIN_SOURCES
  src/domain/address.cpp
  src/domain/case.cpp
  src/domain/case_lifecycle.cpp
  src/domain/case_payloads.cpp
  src/domain/case_rules.cpp
  src/domain/case_service.cpp
  src/domain/civil_date.cpp
  src/domain/fees.cpp
  src/domain/identity_document.cpp
  src/domain/json.cpp
  src/domain/json_fields.cpp
  src/domain/name_key.cpp
  src/domain/organisation.cpp
  src/domain/payload_codec.cpp
  src/domain/queue.cpp
  src/domain/person.cpp
  src/domain/person_checks.cpp
  src/domain/reference_data.cpp
  src/domain/reference_defaults.cpp
  src/domain/rules.cpp
  src/domain/rules_documents.cpp
  src/domain/rules_registration.cpp
  src/domain/rules_visa.cpp
  src/domain/service.cpp
  src/domain/transliteration.cpp
  src/domain/utf8.cpp
  src/domain/uuid.cpp
  src/domain/visa.cpp
)
# ICAO 9303 machine-readable zones: layouts, check digits, the parser, the OCR resolver.
set(MWS_CORE_MRZ_SOURCES
  src/mrz/mrz_fields.cpp
  src/mrz/mrz_layout.cpp
  src/mrz/mrz_parser.cpp
  src/mrz/mrz_resolver.cpp
)
list(APPEND MWS_CORE_DOMAIN_SOURCES ${MWS_CORE_MRZ_SOURCES})
