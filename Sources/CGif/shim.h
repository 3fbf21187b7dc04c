#ifndef GDVIZ_CGIF_SHIM_H
#define GDVIZ_CGIF_SHIM_H
#include <gif_lib.h>
#endif
