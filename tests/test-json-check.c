/* test-json-check.c — what the loaders refuse before json-glib parses: trailing values, lone surrogates
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-json-check.h"

typedef struct
{
  const char *json;
  int         trailing_at;  /* byte offset of what follows, or -1 for nothing */
} Case;

static const Case cases[] = {
  { "", -1 },
  { " \n\t\r ", -1 },
  { "{}", -1 },
  { "{\"a\": [1, {\"b\": null}]}\n", -1 },
  { "{} /* a comment */\n", -1 },
  { "/* first */ {\"a\": 1}", -1 },
  { "{\"a\": \"}]{[\"}", -1 },               /* brackets inside a string */
  { "{\"a\": \"\\\"}\"}", -1 },              /* an escaped quote */
  { "{'a': '}'}", -1 },                      /* json-glib takes single quotes */
  { "{\"a\": 1 /* } */}", -1 },              /* a bracket inside a comment */
  { "{\"a\": 1}{\"b\": 2}", 8 },             /* the leak json-glib 1.6 has */
  { "[1][2]", 3 },
  { "\"compare\"{\"a\": 1}", 9 },
  { "{} \n x", 5 },
  { "1 2", 2 },
  { "true {}", 5 },
  /* json-glib 1.6 skips from a slash to the next slash: no line comments. */
  { "{} // c", 6 },
  { "{\"a\": 1} /x/", -1 },
  { "/x/ \"s\" {}", 8 },
  { "/*/ {}", -1 },
  { "/*/\"a\"{}", 6 },
  { "/*\"x\"/\"a\"{}", 9 },
  { "{} /* a / b */", 10 },
  /* Malformed: left for json-glib to report with its own message. */
  { "{\"a\": 1]", -1 },
  { "{\"a\": [1}", -1 },
  { "{\"a\": \"open", -1 },
  { "[[[", -1 },
  { "{} /* open", -1 },
};

static void
test_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *json = cases[i].json;
      const char *found = sw_json_find_trailing_content (json, strlen (json));

      g_test_message ("%s", json);
      if (cases[i].trailing_at < 0)
        g_assert_null (found);
      else
        {
          g_assert_nonnull (found);
          g_assert_cmpint (found - json, ==, cases[i].trailing_at);
        }
    }
}

typedef struct
{
  const char *json;
  int         escape_at;    /* byte offset of the bad escape's backslash, or -1 */
} EscapeCase;

static const EscapeCase escape_cases[] = {
  { "{\"a\": \"\\ud83d\\ude00\"}", -1 },        /* a whole pair */
  { "{\"a\": \"\\u00e9 \\u20ac\"}", -1 },
  { "{\"a\": \"\\\\ud800\"}", -1 },            /* an escaped backslash, then text */
  { "{\"a\": 1} /* \"\\ud800\" */", -1 },       /* in a comment */
  { "{\"a\": \"\\ud800\"}", 7 },                /* high, alone */
  { "{\"a\": \"x\\ud800x\"}", 8 },
  { "{\"a\": \"\\ud800\\u0041\"}", 7 },         /* high, then not a low one: json-glib leaks */
  { "{\"a\": \"\\udc00\"}", 7 },                /* low, alone */
  { "{\"\\uDBFF\": 1}", 2 },                     /* in a member name, upper case */
  { "['\\ud800']", 2 },                           /* single quotes */
  { "\"\\ud800", 1 },                              /* at the very end */
  { "{\"a\": \"\\u12\"}", 7 },                   /* too few digits */
  { "{\"a\": \"\\u123x\"}", 7 },
  { "{\"a\": \"\\u\"}", 7 },
  { "\"\\ude[\\ude", 1 },                          /* json-glib leaks on these */
  { "\"\\ud800\\ud", 1 },
  { "{\"a\": \"\\q \\/ \\n\"}", -1 },           /* other escapes are json-glib's business */
};

static void
test_unicode_escapes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (escape_cases); i++)
    {
      const char *json = escape_cases[i].json;
      const char *found = sw_json_find_bad_unicode_escape (json, strlen (json));

      g_test_message ("%s", json);
      if (escape_cases[i].escape_at < 0)
        g_assert_null (found);
      else
        {
          g_assert_nonnull (found);
          g_assert_cmpint (found - json, ==, escape_cases[i].escape_at);
        }
    }

  g_assert_null (sw_json_find_bad_unicode_escape (NULL, 0));
}

/* The size counts, not a NUL: nothing past it is looked at. */
static void
test_length (void)
{
  const char *json = "{\"a\": 1}{\"b\": 2}";

  g_assert_null (sw_json_find_trailing_content (json, 8));
  g_assert_null (sw_json_find_trailing_content (json, 3));
  g_assert_null (sw_json_find_trailing_content (NULL, 0));
}

/* Deep nesting is counted on the heap, not the stack. */
static void
test_deep (void)
{
  const gsize depth = 1000000;
  g_autofree char *json = g_malloc (2 * depth + 3);

  memset (json, '[', depth);
  memset (json + depth, ']', depth);
  memcpy (json + 2 * depth, "[]", 3);

  g_assert_true (sw_json_find_trailing_content (json, 2 * depth + 2) == json + 2 * depth);
  g_assert_null (sw_json_find_trailing_content (json, 2 * depth));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/json-check/cases", test_cases);
  g_test_add_func ("/stackwise/json-check/length", test_length);
  g_test_add_func ("/stackwise/json-check/deep", test_deep);
  g_test_add_func ("/stackwise/json-check/unicode-escapes", test_unicode_escapes);

  return g_test_run ();
}
