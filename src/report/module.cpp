// Module report: sources are listed in CMakeLists.txt.
namespace ecc::report {}
