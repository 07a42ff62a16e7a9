// Module screen: sources are listed in CMakeLists.txt.
namespace ecc::screen {}
