# The portable platform seam (issue 18): with X11 on, game/app also builds rootcause-portable,
# the same game with whole-frame presents and no X11 or GLX linked. Its tests run the paths the
# seam touches (presents, the damage check, screenshots, hands-on motion, a challenge) so one
# build checks both seams; a ROOTCAUSE_X11=OFF build runs every UI test through its only seam.
# Include from tests/ui/CMakeLists.txt after RC_UI_TOOLS and hands_on.cmake.
if(NOT TARGET rootcause-portable)
  return()
endif()
set(rc_portable_tools
  $<TARGET_FILE:rootcause-portable> $<TARGET_FILE:rootcause-replay> $<TARGET_FILE:ui-expert-log>
  $<TARGET_FILE:ui-png-check> ${PROJECT_SOURCE_DIR}/content)

add_test(NAME "ui: portable seam links no X11 or GLX"
         COMMAND sh -c "! readelf -d \"$1\" | grep -E 'libX11|libGLX'" sh $<TARGET_FILE:rootcause-portable>)

set(work ${CMAKE_CURRENT_BINARY_DIR}/work/portable-e2e)
add_test(NAME "ui: portable seam e2e knee-l3-disc"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/e2e.sh ${rc_portable_tools} knee-l3-disc ${work})
set_tests_properties("ui: portable seam e2e knee-l3-disc" PROPERTIES
  ENVIRONMENT "${RC_GL_ENV};ALSOFT_DRIVERS=null;ROOTCAUSE_CHECK_DAMAGE=1;XDG_DATA_HOME=${work}/data" TIMEOUT 240)

set(work ${CMAKE_CURRENT_BINARY_DIR}/work/portable-motion)
add_test(NAME "ui: portable seam e2e knee-l3-disc with motion"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/e2e.sh ${rc_portable_tools} knee-l3-disc ${work} motion)
set_tests_properties("ui: portable seam e2e knee-l3-disc with motion" PROPERTIES
  ENVIRONMENT "${RC_GL_ENV};ALSOFT_DRIVERS=null;ROOTCAUSE_CHECK_DAMAGE=1;XDG_DATA_HOME=${work}/data" TIMEOUT 240)

set(work ${CMAKE_CURRENT_BINARY_DIR}/work/portable-hands-on)
add_test(NAME "ui: portable seam hands-on knee-l3-disc:pkb:right"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hands_on_screenshot.sh $<TARGET_FILE:rootcause-portable>
                 $<TARGET_FILE:ui-png-check> ${work} knee-l3-disc:pkb:right 72 70)
set_tests_properties("ui: portable seam hands-on knee-l3-disc:pkb:right" PROPERTIES
  ENVIRONMENT "${RC_GL_ENV};ALSOFT_DRIVERS=null;ROOTCAUSE_CHECK_DAMAGE=1;XDG_DATA_HOME=${work}/data;XDG_CONFIG_HOME=${work}/config;RC_PARTIAL_PRESENTS=0"
  TIMEOUT 120)

set(work ${CMAKE_CURRENT_BINARY_DIR}/work/portable-challenge)
add_test(NAME "ui: portable seam challenge exam"
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/challenge.sh ${rc_portable_tools} $<TARGET_FILE:rootcause-board>
                 ${PROJECT_SOURCE_DIR}/tests/fixtures/challenge-ui/exam.xml exam ${work})
set_tests_properties("ui: portable seam challenge exam" PROPERTIES
  ENVIRONMENT "${RC_GL_ENV};ALSOFT_DRIVERS=null;XDG_DATA_HOME=${work}/data" TIMEOUT 240)
