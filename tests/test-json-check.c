/* test-json-check.c — finding text after the first JSON value, before json-glib parses it
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
  { "{} // c", 3 },                          /* json-glib has no line comments */
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

  return g_test_run ();
}
