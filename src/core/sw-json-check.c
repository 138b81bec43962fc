/* sw-json-check.c — checks on JSON text that json-glib 1.6 does not make
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-json-check.h"

/* What json-glib's scanner skips: " \t\n\r" and comments, as it reads them. */
static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
      else if (*p == '/')
        {
          /* json-glib 1.6's scanner skips everything from a slash to the next
           * slash, so "/x/" is a comment as much as a C one; an unclosed one
           * runs to the end (found by fuzz-scenario). */
          for (p += 1; p < end && *p != '/'; p++)
            ;
          p = p < end ? p + 1 : end;
        }
      else
        break;
    }

  return p;
}

/* @p is at the opening quote (json-glib also takes single quotes); returns
 * just past the closing one, or NULL when there is none. */
static const char *
skip_string (const char *p,
             const char *end)
{
  char quote = *p++;

  while (p < end && *p != quote)
    p += (*p == '\\' && end - p >= 2) ? 2 : 1;

  return p < end ? p + 1 : NULL;
}

/* @p is at '{' or '['; returns just past the bracket that closes it, or NULL
 * when the brackets do not match up. */
static const char *
skip_container (const char *p,
                const char *end)
{
  g_autoptr(GByteArray) open = g_byte_array_new ();

  while (p < end)
    {
      if (*p == '"' || *p == '\'')
        {
          if ((p = skip_string (p, end)) == NULL)
            return NULL;
        }
      else if (*p == '/')
        {
          const char *next = skip_space (p, end);

          p = next > p ? next : p + 1;
        }
      else if (*p == '{' || *p == '[')
        {
          g_byte_array_append (open, (const guint8 *) p++, 1);
        }
      else if (*p == '}' || *p == ']')
        {
          if (open->len == 0 || open->data[open->len - 1] != (*p == '}' ? '{' : '['))
            return NULL;
          g_byte_array_set_size (open, open->len - 1);
          p++;
          if (open->len == 0)
            return p;
        }
      else
        p++;
    }

  return NULL;
}

const char *
sw_json_find_trailing_content (const char *data,
                               gsize       size)
{
  const char *end;
  const char *p;

  g_return_val_if_fail (data != NULL || size == 0, NULL);

  /* Empty bytes may have no buffer at all, and NULL + 0 is undefined. */
  if (size == 0)
    return NULL;

  end = data + size;
  p = skip_space (data, end);
  if (p == end)
    return NULL;

  if (*p == '{' || *p == '[')
    p = skip_container (p, end);
  else if (*p == '"' || *p == '\'')
    p = skip_string (p, end);
  else
    while (p < end && *p != '\0' && strchr (" \t\r\n/{}[],:\"'", *p) == NULL)
      p++;

  if (p == NULL)
    return NULL;

  p = skip_space (p, end);
  return p < end ? p : NULL;
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

const char *
sw_json_find_bad_unicode_escape (const char *data,
                                 gsize       size)
{
  const char *end;
  const char *p;

  g_return_val_if_fail (data != NULL || size == 0, NULL);

  if (size == 0)
    return NULL;

  end = data + size;
  p = data;
  while (p < end)
    {
      char quote = *p;

      if (quote == '/')
        {
          const char *next = skip_space (p, end);

          p = next > p ? next : p + 1;
          continue;
        }
      if (quote != '"' && quote != '\'')
        {
          p++;
          continue;
        }

      /* Inside a string, up to its closing quote. */
      for (p++; p < end && *p != quote; )
        {
          int unit = escaped_unit (p, end);

          if (unit < 0 && end - p >= 2 && p[0] == '\\' && p[1] == 'u')
            return p;
          if (unit >= 0xd800 && unit <= 0xdbff)
            {
              int low = escaped_unit (p + 6, end);

              if (low < 0xdc00 || low > 0xdfff)
                return p;
              p += 12;
            }
          else if (unit >= 0xdc00 && unit <= 0xdfff)
            return p;
          else
            p += (*p == '\\' && end - p >= 2) ? 2 : 1;
        }
      p++;
    }

  return NULL;
}
