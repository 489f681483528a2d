# Sources of the domain model (cases, persons, rules); kept apart from CMakeLists.txt so the
# domain can grow without touching the library's wiring.
set(MWS_CORE_DOMAIN_SOURCES)
