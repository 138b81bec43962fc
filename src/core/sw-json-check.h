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
const char *sw_json_find_trailing_content   (const char *data,
                                             gsize       size);

/* json-glib 1.6 turns a \u escape that names half of a surrogate pair (\ud800
 * not followed by \udc00–\udfff, or \udc00–\udfff alone) into bytes that are
 * not UTF-8, accepts \u with fewer than four hexadecimal digits, and leaks on
 * some of these; so a loader calls this before parsing. Returns where such an
 * escape starts (at its backslash) in a string of @data, or NULL when there
 * is none. */
const char *sw_json_find_bad_unicode_escape (const char *data,
                                             gsize       size);

G_END_DECLS
