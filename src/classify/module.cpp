// Module classify: sources are listed in CMakeLists.txt.
namespace ecc::classify {}
