# The hands-on examination scene under Xvfb (include from tests/ui/CMakeLists.txt, after the
# ui-png-check target is defined). Each test opens `rootcause --hands-on CASE:EXAM:SIDE` with
# autoplay, checks the printed action's angle against the case's onset (within 3 degrees) and
# that the screenshots are not blank. The scene's logic is unit-tested without a display in
# tests/play/hands_on_model_test.cpp (part of play_tests).
if(NOT ROOTCAUSE_GAME)
  return()
endif()
find_program(RC_HANDS_ON_XVFB Xvfb)
if(NOT RC_HANDS_ON_XVFB)
  message(STATUS "Xvfb not found: the hands-on screenshot tests are not registered")
  return()
endif()
if(TARGET ui-png-check)
  set(rc_hands_on_png $<TARGET_FILE:ui-png-check>)
else()
  set(rc_hands_on_png size)
endif()
# target             autoplay angle  case's onset
set(rc_hands_on_cases
  "knee-l3-disc:pkb:right                   72 70"
  "tight-hamstrings-l5s1:slump:right        50 45"
  "sciatica-failed-conservative:crossed-slr:right 62 60"
  "hip-oa-knee-pain:hip-ir:left             12 10")
foreach(entry IN LISTS rc_hands_on_cases)
  string(REGEX REPLACE " +" ";" entry "${entry}")
  list(GET entry 0 target)
  list(GET entry 1 auto)
  list(GET entry 2 onset)
  string(REPLACE ":" "-" slug "${target}")
  set(work ${CMAKE_CURRENT_BINARY_DIR}/work/hands-on-${slug})
  add_test(NAME "ui: hands-on ${target}"
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/hands_on_screenshot.sh $<TARGET_FILE:rootcause>
                   ${rc_hands_on_png} ${work} ${target} ${auto} ${onset})
  set_tests_properties("ui: hands-on ${target}" PROPERTIES
    ENVIRONMENT "${RC_GL_ENV};ALSOFT_DRIVERS=null;ROOTCAUSE_CHECK_DAMAGE=1;XDG_DATA_HOME=${work}/data;XDG_CONFIG_HOME=${work}/config"
    TIMEOUT 120)
endforeach()

# The path a GPU takes (every frame composed whole from the cached layer; ROOTCAUSE_DIRECT=0),
# which Xvfb's software renderer would otherwise never run: same checks, damage check included.
set(work ${CMAKE_CURRENT_BINARY_DIR}/work/hands-on-composed)
add_test(NAME "ui: hands-on composed frames (GPU path)"
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/hands_on_screenshot.sh $<TARGET_FILE:rootcause>
                 ${rc_hands_on_png} ${work} knee-l3-disc:pkb:right 72 70)
set_tests_properties("ui: hands-on composed frames (GPU path)" PROPERTIES
  ENVIRONMENT "${RC_GL_ENV};ALSOFT_DRIVERS=null;ROOTCAUSE_DIRECT=0;ROOTCAUSE_CHECK_DAMAGE=1;XDG_DATA_HOME=${work}/data;XDG_CONFIG_HOME=${work}/config"
  TIMEOUT 120)
