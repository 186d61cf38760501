# Manual pages: each installed program prints its own (a hidden --man, game/cli/man_page.hpp)
# from the option definitions its --help uses; the build writes them, and the gzipped copies
# that are installed, into man/.
set(RC_INSTALLED_TOOLS rootcause-lint rootcause-replay rootcause-board rootcause-pack
    rootcause-genresults rootcause-host rootcause-classbots)
set(RC_MAN_PAGES)
foreach(prog IN LISTS RC_INSTALLED_TOOLS ITEMS rootcause)
  if(NOT TARGET ${prog})
    continue()
  endif()
  set(section 1)
  if(prog STREQUAL "rootcause")
    set(section 6)
  endif()
  set(page ${PROJECT_BINARY_DIR}/man/man${section}/${prog}.${section})
  add_custom_command(OUTPUT ${page} ${page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man/man${section}
    COMMAND ${CMAKE_COMMAND} -DEXE=$<TARGET_FILE:${prog}> -DOUT=${page}
            -P ${PROJECT_SOURCE_DIR}/cmake/write_man.cmake
    DEPENDS ${prog} ${PROJECT_SOURCE_DIR}/cmake/write_man.cmake VERBATIM)
  list(APPEND RC_MAN_PAGES ${page})
  install(FILES ${page}.gz DESTINATION share/man/man${section})
endforeach()
add_custom_target(rc_man_pages ALL DEPENDS ${RC_MAN_PAGES})
