// Module import: sources are listed in CMakeLists.txt.
namespace ecc::import {}
