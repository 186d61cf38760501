# Installation (cmake --install BUILD --prefix P) and the Debian package (tools/package, CPack).
# The manual pages (cmake/man_pages.cmake) and assets/ add their own install() rules.
# The layout is fixed, bin/ beside share/: an installed program finds its content at
# <its folder>/../share/rootcause/content (game/engine/content_locate.hpp), wherever P is.

foreach(prog IN LISTS RC_INSTALLED_TOOLS ITEMS rootcause)
  if(TARGET ${prog})
    install(TARGETS ${prog} RUNTIME DESTINATION bin)
  endif()
endforeach()

install(DIRECTORY ${PROJECT_SOURCE_DIR}/content/ DESTINATION share/rootcause/content)

# The .deb: dependencies from dpkg-shlibdeps plus the fonts the game loads at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME rootcause)
set(CPACK_PACKAGE_VENDOR "Root Cause")
set(CPACK_PACKAGE_CONTACT "Root Cause maintainers <maintainers@rootcause.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "teaching game: knee pain that may come from the back")
# The long description: CPack indents every line and writes an empty line as " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Root Cause is a desktop teaching game for physiotherapy students. Every case
is a virtual patient whose knee hurts; the pain may come from the knee, from
an irritated lumbar nerve root or from the hip. The student takes a history,
examines the patient on a physically simulated leg, orders investigations,
names a diagnosis and chooses a plan; a debrief explains what an expert
would have done and why.

Includes the case linter, replay, exam pack and classroom scoring tools.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-inter, fonts-dejavu-core")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
