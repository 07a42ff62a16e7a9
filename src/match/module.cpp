// Module match: sources are listed in CMakeLists.txt.
namespace ecc::match {}
