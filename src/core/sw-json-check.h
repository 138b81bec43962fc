/* sw-json-check.h — checks on JSON text that json-glib 1.6 does not make
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* json-glib 1.6 accepts "{…} {…}" as the first value and leaks the second, so
 * a loader calls this before parsing. Returns where something other than
 * whitespace or a comment follows the first complete JSON value in @data, or
 * NULL when nothing does (or when the value is malformed, which the parser
 * then reports with its own message). */
const char *sw_json_find_trailing_content (const char *data,
                                           gsize       size);

G_END_DECLS
