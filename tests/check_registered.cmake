# cmake -P check_registered.cmake -DEXE=suite -DLIST=dir/suite_tests-*.cmake
#
# Fails unless CTest runs every test case of a doctest suite exactly once. doctest_discover_tests
# registers one CTest test per TEST_CASE and runs it as `--test-case=NAME`; a name CTest or
# doctest cannot carry through that filter (a ';' splits it in two; '*' or '?' widen it; two names
# equal but for case match each other) runs nothing or too much, and a filter that matches
# nothing still exits 0. So: the suite's own --count must equal the tests registered for it, and
# every name must be one a filter matches alone.
cmake_minimum_required(VERSION 3.20)
if(NOT EXE OR NOT LIST)
  message(FATAL_ERROR "usage: cmake -DEXE=suite -DLIST=glob -P check_registered.cmake")
endif()

execute_process(COMMAND "${EXE}" --count OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${EXE} --count failed (${rc}):\n${out}")
endif()
string(REGEX MATCH "passing the current filters: ([0-9]+)" _ "${out}")
set(count "${CMAKE_MATCH_1}")
if(count STREQUAL "")
  message(FATAL_ERROR "could not read the count from:\n${out}")
endif()

# The newest registration file (an older one may remain after the discovery arguments changed).
file(GLOB files LIST_DIRECTORIES false "${LIST}")
if(NOT files)
  message(FATAL_ERROR "no registration file matches ${LIST}: was the suite discovered?")
endif()
set(newest "")
foreach(f IN LISTS files)
  if(newest STREQUAL "" OR f IS_NEWER_THAN newest)
    set(newest "${f}")
  endif()
endforeach()
file(STRINGS "${newest}" adds REGEX "^add_test\\(")
list(LENGTH adds registered)

# Names as the suite lists them.
execute_process(COMMAND "${EXE}" --list-test-cases --no-version OUTPUT_VARIABLE names RESULT_VARIABLE rc)
string(REPLACE ";" "<semicolon>" names "${names}")
string(REPLACE "\n" ";" names "${names}")
set(bad "")
set(seen "")
foreach(n IN LISTS names)
  if(n STREQUAL "" OR n MATCHES "^=+$" OR n MATCHES "^\\[doctest\\]")
    continue()
  endif()
  if(n MATCHES "<semicolon>|[*?]")
    string(APPEND bad "\n  '${n}': a ';', '*' or '?' in a name breaks the filter CTest runs it with")
  endif()
  string(TOLOWER "${n}" low)
  if(low IN_LIST seen)
    string(APPEND bad "\n  '${n}': another test has the same name but for case (doctest filters ignore case)")
  endif()
  list(APPEND seen "${low}")
endforeach()

if(NOT registered EQUAL count OR NOT bad STREQUAL "")
  message(FATAL_ERROR "${EXE}: ${count} test cases, ${registered} registered with CTest (${newest})${bad}")
endif()
message(STATUS "${EXE}: ${count} test cases, all ${registered} registered and runnable one by one")
