# ecc_settings: language level, debug assertions, sanitizers.
# ecc_warnings: the warning set. -Wnull-dereference is left out: GCC 12 reports
# false positives for it inside libstdc++ when CLI11 is inlined at -O2. Only our own targets link these (PRIVATE).
add_library(ecc_settings INTERFACE)
target_compile_features(ecc_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(ecc_settings INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
target_compile_definitions(ecc_settings INTERFACE ECC_VERSION="${PROJECT_VERSION}")
target_include_directories(ecc_settings INTERFACE ${PROJECT_SOURCE_DIR}/src)

if(ECC_SANITIZE)
  target_compile_options(ecc_settings INTERFACE -fsanitize=${ECC_SANITIZE} -fno-omit-frame-pointer
                                                -fno-sanitize-recover=all)
  target_link_options(ecc_settings INTERFACE -fsanitize=${ECC_SANITIZE})
endif()

add_library(ecc_warnings INTERFACE)
target_compile_options(ecc_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  -Wcast-align -Wdouble-promotion -Wextra-semi)
if(ECC_WARNINGS_AS_ERRORS)
  target_compile_options(ecc_warnings INTERFACE -Werror)
endif()

# ecc_module(NAME DEPS...): one static library per src/ directory. DEPS are the
# modules it may use; CMake then enforces the one-way dependency order at link
# time, and tools/check_layers.sh checks the #include lines.
function(ecc_module name)
  add_library(ecc_${name} STATIC)
  target_link_libraries(ecc_${name} PUBLIC ecc_settings PRIVATE ecc_warnings)
  foreach(dep IN LISTS ARGN)
    target_link_libraries(ecc_${name} PUBLIC ${dep})
  endforeach()
endfunction()
