#ifndef GDVIZ_CLIBPNG_SHIM_H
#define GDVIZ_CLIBPNG_SHIM_H
#include <png.h>
#endif
