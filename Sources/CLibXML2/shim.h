#ifndef GONGKAI_CLIBXML2_SHIM_H
#define GONGKAI_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU, and its headers then include ICU's; the Swift toolchain brings
// its own ICU (_FoundationICU) with a different UErrorCode, and the two modules clash. Gongkai
// never touches libxml2's ICU converters, so the ICU parts of the headers are switched off.
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#endif
