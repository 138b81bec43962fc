/* sw-json-check.h — checks on JSON text that json-glib 1.6 does not make
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The deepest nesting of lists and objects that Stackwise reads. json-glib 1.6
 * parses with one recursive call per level and no limit of its own, so some
 * 100,000 levels overflow the stack; the formats need at most 8 (a dataset's
 * table blocks). docs/reliability.md lists the limits. */
#define SW_JSON_MAX_DEPTH 64

typedef enum
{
  SW_JSON_CHECK_OK,
  SW_JSON_CHECK_TOO_DEEP,            /* at the bracket that opens one level too many */
  SW_JSON_CHECK_TRAILING_CONTENT,    /* at what follows the first complete value */
  SW_JSON_CHECK_BAD_UNICODE_ESCAPE,  /* at the backslash of the escape */
  SW_JSON_CHECK_NUL_ESCAPE,          /* at the backslash of \u0000 */
  SW_JSON_CHECK_BAD_NUMBER,          /* at the number's first character */
  SW_JSON_CHECK_TOO_MANY_MEMBERS,    /* at the comma before one member too many */
  SW_JSON_CHECK_BAD_ESCAPE,          /* at the backslash of an escape JSON does not have */
} SwJsonCheckResult;

/* The most members of one object. json-glib 1.6 looks a repeated member name
 * up in a list of all the names before it, so an object of many names, each
 * repeated, takes quadratic time: 45,000 names and 45,000 repeats (a 1 MB
 * meeting file) took 11 to 27 s to parse. The formats need at most 32
 * (criteria); at 256 the worst objects cost a 4 MiB file about 0.3 s. */
#define SW_JSON_MAX_MEMBERS 256

/* The most digits of a whole number (no fraction, no exponent): json-glib
 * 1.6 reads one with strtoull() and casts, so 2^63 becomes -2^63 and
 * -18446744073709551611 becomes 5; 18 digits stay below 2^63. */
#define SW_JSON_MAX_INTEGER_DIGITS 18

/* Reads @data once, as json-glib 1.6's scanner tokenizes it, and finds the
 * first of these, in the order of the text:
 *
 * - a list or object nested deeper than @max_depth (at most
 *   SW_JSON_MAX_DEPTH): json-glib would run out of stack;
 * - an object with more than SW_JSON_MAX_MEMBERS members;
 * - anything but whitespace or a comment after the first complete value:
 *   json-glib 1.6 takes "{…} {…}" as its first value and leaks the second;
 * - a \u escape that names half of a surrogate pair (\ud800 not followed by
 *   \udc00–\udfff, or \udc00–\udfff alone), or one with fewer than four
 *   hexadecimal digits: json-glib turns these into bytes that are not UTF-8,
 *   swallows the closing quote, or leaks;
 * - \u0000: json-glib silently cuts the text short there;
 * - a number JSON does not allow (json-glib also reads 010 as 8, 0x5, $5,
 *   0b101) or a whole number of more than SW_JSON_MAX_INTEGER_DIGITS digits,
 *   which json-glib turns into another number.
 *
 * A byte order mark at the very start is skipped, as json-glib does.
 * Brackets inside strings and comments do not count. Strings follow
 * json-glib, not the JSON standard: "…" with backslash escapes, and '…' with
 * none at all (json-glib reads '\' as a whole string); a comment runs from a
 * slash to the next slash. Malformed text (brackets that do not match, a
 * string that does not end) is left for json-glib to report, but is still
 * checked for depth. Linear in @size, allocates nothing.
 *
 * Returns what it found, with its place in @where (NULL for
 * SW_JSON_CHECK_OK). @data is expected to be valid UTF-8. */
SwJsonCheckResult sw_json_check_structure (const char  *data,
                                           gsize        size,
                                           guint        max_depth,
                                           const char **where);

G_END_DECLS
