# Run at every build (cmake -P): writes OUT, a header defining ECC_BUILD_COMMIT
# as the commit of the source tree SRC ("95f9faf1c2ab", "...-modified" with
# uncommitted changes to tracked files), COMMIT when given (-DECC_COMMIT=...
# for builds from a tarball), else "unknown". The file is rewritten only
# when its content changes, so an unchanged commit recompiles nothing.
set(commit "${COMMIT}")
if(commit STREQUAL "")
  set(commit "unknown")
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SRC}" rev-parse --short=12 HEAD
                    OUTPUT_VARIABLE head RESULT_VARIABLE failed OUTPUT_STRIP_TRAILING_WHITESPACE
                    ERROR_QUIET)
    if(NOT failed AND NOT head STREQUAL "")
      set(commit "${head}")
      execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SRC}" status --porcelain --untracked-files=no
                      OUTPUT_VARIABLE changes ERROR_QUIET)
      if(NOT changes STREQUAL "")
        string(APPEND commit "-modified")
      endif()
    endif()
  endif()
endif()
set(content "#pragma once\n#define ECC_BUILD_COMMIT \"${commit}\"\n")
set(old "")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL content)
  file(WRITE "${OUT}" "${content}")
endif()
