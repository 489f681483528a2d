# MWS_SANITIZE: every target built with AddressSanitizer and UndefinedBehaviorSanitizer
# (scripts/test --sanitize configures build-asan with it). A finding stops the program with
# a report (-fno-sanitize-recover), so ctest counts it as a failure.
option(MWS_SANITIZE "Build with -fsanitize=address,undefined (scripts/test --sanitize)" OFF)
if(MWS_SANITIZE)
  # The instrumentation confuses GCC's may-be-uninitialized analysis (false reports inside
  # libstdc++'s <regex> and <functional>); ASan itself catches real uses of such memory.
  # -fno-sanitize=vptr: the dynamic-type check needs the typeinfo of every polymorphic class
  # it meets, and SOCI does not export its statement classes'.
  add_compile_options(-fsanitize=address,undefined -fno-sanitize=vptr
                      -fno-sanitize-recover=undefined -fno-omit-frame-pointer
                      -Wno-maybe-uninitialized)
  add_link_options(-fsanitize=address,undefined)
endif()
