# cmake -DEXE=... "-DARGS=a b" -DOUT=... -P RunToFile.cmake: runs EXE with the
# space-separated ARGS, its standard output written to OUT; fails the build
# when EXE fails.
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${EXE}" ${args} OUTPUT_FILE "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE "${OUT}")
  message(FATAL_ERROR "${EXE} ${ARGS} failed (${rc})")
endif()
