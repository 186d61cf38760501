# cmake -DEXE=program -DOUT=file -P write_man.cmake: writes the program's manual page, which it
# prints itself from its CLI11 definitions (--man), so the page cannot drift from --help; and
# OUT.gz beside it, the compressed copy that is installed (as Debian wants manual pages).
execute_process(COMMAND ${EXE} --man OUTPUT_FILE ${OUT}.tmp RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE ${OUT}.tmp)
  message(FATAL_ERROR "${EXE} --man failed: ${status}")
endif()
file(RENAME ${OUT}.tmp ${OUT})
# -n: no name or time stamp inside, so the same page gives the same bytes.
execute_process(COMMAND gzip -9n -c ${OUT} OUTPUT_FILE ${OUT}.gz RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip ${OUT} failed: ${status}")
endif()
