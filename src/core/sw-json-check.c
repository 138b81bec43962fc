/* sw-json-check.c — checks on JSON text that json-glib 1.6 does not make
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-json-check.h"

/* One bit per level says whether it is an object or a list. */
G_STATIC_ASSERT (SW_JSON_MAX_DEPTH <= 64);

/* @p is at a slash. json-glib 1.6's scanner skips everything from a slash to
 * the next slash, so "/x/" is a comment as much as a C one; an unclosed one
 * runs to the end (found by fuzz-meeting). Returns just past it. */
static const char *
skip_comment (const char *p,
              const char *end)
{
  const char *close = memchr (p + 1, '/', end - p - 1);

  return close != NULL ? close + 1 : end;
}

/* The code unit of the \uXXXX escape at @p, or -1 when it is not one. */
static int
escaped_unit (const char *p,
              const char *end)
{
  int unit = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;

  for (int i = 2; i < 6; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      unit = unit * 16 + digit;
    }

  return unit;
}

/* @p is at a double quote. Returns just past the closing one (or @end when
 * there is none), or NULL with the bad \u escape in @bad and what is wrong
 * with it in @result. json-glib reads up to four characters after \u
 * whatever they are, so "\u1" swallows its closing quote: such an escape is
 * refused before that can matter. */
static const char *
skip_double_quoted (const char         *p,
                    const char         *end,
                    const char        **bad,
                    SwJsonCheckResult  *result)
{
  *result = SW_JSON_CHECK_BAD_UNICODE_ESCAPE;

  for (p++; p < end; )
    {
      int unit;

      if (*p == '"')
        return p + 1;
      if (*p != '\\')
        {
          p++;
          continue;
        }

      if (end - p < 2)
        {
          p++;
          continue;
        }
      /* json-glib also reads escapes JSON does not have, such as \216 for
       * the byte 0x8e, which makes text that is not UTF-8. */
      if (p[1] != 'u')
        {
          if (p[1] == '\0' || strchr ("\"\\/bfnrt", p[1]) == NULL)
            {
              *result = SW_JSON_CHECK_BAD_ESCAPE;
              break;
            }
          p += 2;
          continue;
        }

      unit = escaped_unit (p, end);
      if (unit < 0)
        break;
      if (unit >= 0xd800 && unit <= 0xdbff)
        {
          int low = escaped_unit (p + 6, end);

          if (low < 0xdc00 || low > 0xdfff)
            break;
          p += 12;
        }
      else if (unit >= 0xdc00 && unit <= 0xdfff)
        break;
      else if (unit == 0)
        {
          *result = SW_JSON_CHECK_NUL_ESCAPE;
          break;
        }
      else
        p += 6;
    }

  if (p >= end)
    return end;
  *bad = p;
  return NULL;
}

/* @p is at a single quote: json-glib knows no escapes in such a string, so
 * '\' is a whole one. Returns just past the closing quote, or @end. */
static const char *
skip_single_quoted (const char *p,
                    const char *end)
{
  const char *close = memchr (p + 1, '\'', end - p - 1);

  return close != NULL ? close + 1 : end;
}

/* What ends a number, a word (true, null…) or a stray character. */
static gboolean
ends_scalar (char c)
{
  return strchr (" \t\r\n/{}[],:\"'", c) != NULL && c != '\0';
}

/* Whether [@p, @end) is a number as JSON writes it,
 * -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, with at most
 * SW_JSON_MAX_INTEGER_DIGITS digits when it is a whole number. */
static gboolean
is_json_number (const char *p,
                const char *end)
{
  const char *digits;
  gboolean whole = TRUE;

  if (p < end && *p == '-')
    p++;
  digits = p;
  if (p < end && *p == '0')
    p++;
  else
    while (p < end && g_ascii_isdigit (*p))
      p++;
  if (p == digits)
    return FALSE;

  if (p < end && *p == '.')
    {
      const char *fraction = ++p;

      while (p < end && g_ascii_isdigit (*p))
        p++;
      if (p == fraction)
        return FALSE;
      whole = FALSE;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      const char *exponent;

      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      exponent = p;
      while (p < end && g_ascii_isdigit (*p))
        p++;
      if (p == exponent)
        return FALSE;
      whole = FALSE;
    }

  if (p != end)
    return FALSE;

  /* No leading zeros, so the digits are the magnitude. */
  return !whole || end - digits <= SW_JSON_MAX_INTEGER_DIGITS;
}

SwJsonCheckResult
sw_json_check_structure (const char  *data,
                         gsize        size,
                         guint        max_depth,
                         const char **where)
{
  guint64 objects = 0;        /* bit n: level n + 1 is an object, not a list */
  guint16 commas[SW_JSON_MAX_DEPTH];  /* at each level so far */
  guint depth = 0;
  gboolean matched = TRUE;    /* every closing bracket so far closed its own kind */
  gboolean complete = FALSE;  /* the first value has ended */
  const char *end;
  const char *p;

  g_return_val_if_fail (where != NULL, SW_JSON_CHECK_OK);
  *where = NULL;
  g_return_val_if_fail (data != NULL || size == 0, SW_JSON_CHECK_OK);
  g_return_val_if_fail (max_depth <= SW_JSON_MAX_DEPTH, SW_JSON_CHECK_OK);

  /* Empty bytes may have no buffer at all, and NULL + 0 is undefined. */
  if (size == 0)
    return SW_JSON_CHECK_OK;

  end = data + size;
  p = data;
  /* json-glib skips a byte order mark, but only as the very first thing. */
  if (size >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p < end)
    {
      const char *bad = NULL;
      SwJsonCheckResult result;

      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        {
          p++;
          continue;
        }
      if (*p == '/')
        {
          p = skip_comment (p, end);
          continue;
        }

      /* A token starts here. */
      if (complete)
        {
          *where = p;
          return SW_JSON_CHECK_TRAILING_CONTENT;
        }

      switch (*p)
        {
        case '"':
          if ((p = skip_double_quoted (p, end, &bad, &result)) == NULL)
            {
              *where = bad;
              return result;
            }
          complete = depth == 0 && matched;
          break;

        case '\'':
          p = skip_single_quoted (p, end);
          complete = depth == 0 && matched;
          break;

        case '{':
        case '[':
          if (depth >= max_depth)
            {
              *where = p;
              return SW_JSON_CHECK_TOO_DEEP;
            }
          if (*p == '{')
            objects |= G_GUINT64_CONSTANT (1) << depth;
          else
            objects &= ~(G_GUINT64_CONSTANT (1) << depth);
          commas[depth] = 0;
          depth++;
          p++;
          break;

        case '}':
        case ']':
          /* More closing brackets than opening ones: json-glib's error. */
          if (depth == 0)
            matched = FALSE;
          else
            {
              gboolean object = (objects >> --depth) & 1;

              if (object != (*p == '}'))
                matched = FALSE;
            }
          p++;
          complete = depth == 0 && matched;
          break;

        default:
          if (ends_scalar (*p))
            {
              /* A comma or a colon: at the top, json-glib's error. */
              if (depth == 0)
                matched = FALSE;
              else if (*p == ',' && ((objects >> (depth - 1)) & 1) &&
                       ++commas[depth - 1] >= SW_JSON_MAX_MEMBERS)
                {
                  *where = p;
                  return SW_JSON_CHECK_TOO_MANY_MEMBERS;
                }
              p++;
              break;
            }
          /* A number, or a word (true, null…: json-glib's business). */
          {
            const char *start = p;

            while (p < end && !ends_scalar (*p))
              p++;
            if ((g_ascii_isdigit (*start) || *start == '-' || *start == '+' || *start == '.' ||
                 *start == '$') && !is_json_number (start, p))
              {
                *where = start;
                return SW_JSON_CHECK_BAD_NUMBER;
              }
          }
          complete = depth == 0 && matched;
          break;
        }
    }

  return SW_JSON_CHECK_OK;
}
