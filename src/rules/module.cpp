// Module rules: sources are listed in CMakeLists.txt.
namespace ecc::rules {}
