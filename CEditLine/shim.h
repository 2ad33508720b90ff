#ifndef GLOSTEN_CEDITLINE_SHIM_H
#define GLOSTEN_CEDITLINE_SHIM_H
#include <histedit.h>
#endif
