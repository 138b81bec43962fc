/* test-json-check.c — what every door refuses before json-glib parses: deep nesting, trailing values, bad \u escapes
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-json-check.h"
#include "sw-json-reader.h"

typedef struct
{
  const char        *json;
  SwJsonCheckResult  result;
  int                at;      /* byte offset of what was found, or -1 for nothing */
} Case;

#define OK(json)              { json, SW_JSON_CHECK_OK, -1 }
#define TRAILING(json, at)    { json, SW_JSON_CHECK_TRAILING_CONTENT, at }
#define BAD_ESCAPE(json, at)  { json, SW_JSON_CHECK_BAD_UNICODE_ESCAPE, at }
#define TOO_DEEP(json, at)    { json, SW_JSON_CHECK_TOO_DEEP, at }
#define NUL_ESCAPE(json, at)  { json, SW_JSON_CHECK_NUL_ESCAPE, at }
#define BAD_NUMBER(json, at)  { json, SW_JSON_CHECK_BAD_NUMBER, at }
#define OTHER_ESCAPE(json, at) { json, SW_JSON_CHECK_BAD_ESCAPE, at }

static void
check_cases (const Case *cases,
             guint       n_cases,
             guint       max_depth)
{
  for (guint i = 0; i < n_cases; i++)
    {
      const char *json = cases[i].json;
      const char *where = json;
      SwJsonCheckResult result = sw_json_check_structure (json, strlen (json), max_depth, &where);

      g_test_message ("%s", json);
      g_assert_cmpint (result, ==, cases[i].result);
      if (cases[i].at < 0)
        g_assert_null (where);
      else
        {
          g_assert_nonnull (where);
          g_assert_cmpint (where - json, ==, cases[i].at);
        }
    }
}

static const Case trailing_cases[] = {
  OK (""),
  OK (" \n\t\r "),
  OK ("{}"),
  OK ("{\"a\": [1, {\"b\": null}]}\n"),
  OK ("{} /* a comment */\n"),
  OK ("/* first */ {\"a\": 1}"),
  OK ("{\"a\": \"}]{[\"}"),                 /* brackets inside a string */
  OK ("{\"a\": \"\\\"}\"}"),                /* an escaped quote */
  OK ("{'a': '}'}"),                        /* json-glib takes single quotes */
  OK ("{\"a\": 1 /* } */}"),                /* a bracket inside a comment */
  TRAILING ("{\"a\": 1}{\"b\": 2}", 8),     /* the leak json-glib 1.6 has */
  TRAILING ("[1][2]", 3),
  TRAILING ("\"compare\"{\"a\": 1}", 9),
  TRAILING ("{} \n x", 5),
  TRAILING ("1 2", 2),
  TRAILING ("true {}", 5),
  TRAILING ("{}}", 2),
  /* json-glib knows no escapes in single quotes: '\' is a whole string. */
  TRAILING ("'\\' {}", 4),
  OK ("['\\']"),
  /* json-glib 1.6 skips from a slash to the next slash: no line comments. */
  TRAILING ("{} // c", 6),
  OK ("{\"a\": 1} /x/"),
  TRAILING ("/x/ \"s\" {}", 8),
  OK ("/*/ {}"),
  TRAILING ("/*/\"a\"{}", 6),
  TRAILING ("/*\"x\"/\"a\"{}", 9),
  TRAILING ("{} /* a / b */", 10),
  /* Malformed: left for json-glib to report with its own message. */
  OK ("{\"a\": 1]"),
  OK ("{\"a\": [1}"),
  OK ("{\"a\": 1] {}"),
  OK ("{\"a\": \"open"),
  OK ("['open"),
  OK ("[[["),
  OK ("{} /* open"),
  OK ("]{}"),
  OK (", {}"),
};

static void
test_trailing (void)
{
  check_cases (trailing_cases, G_N_ELEMENTS (trailing_cases), SW_JSON_MAX_DEPTH);
}

static const Case escape_cases[] = {
  OK ("{\"a\": \"\\ud83d\\ude00\"}"),          /* a whole pair */
  OK ("{\"a\": \"\\u00e9 \\u20ac\"}"),
  OK ("{\"a\": \"\\\\ud800\"}"),              /* an escaped backslash, then text */
  OK ("{\"a\": 1} /* \"\\ud800\" */"),         /* in a comment */
  OK ("['\\ud800']"),                           /* single quotes: text as it is */
  OK ("{\"a\": \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"}"),  /* every escape JSON has */
  OTHER_ESCAPE ("{\"a\": \"\\216dw\"}", 7),   /* json-glib: the byte 0x8e, not UTF-8 */
  OTHER_ESCAPE ("{\"a\": \"x\\x41\"}", 8),
  OTHER_ESCAPE ("{\"a\\q\": 1}", 3),              /* in a name too */
  BAD_ESCAPE ("{\"a\": \"\\ud800\"}", 7),       /* high, alone */
  BAD_ESCAPE ("{\"a\": \"x\\ud800x\"}", 8),
  BAD_ESCAPE ("{\"a\": \"\\ud800\\u0041\"}", 7), /* high, then not a low one: json-glib leaks */
  BAD_ESCAPE ("{\"a\": \"\\udc00\"}", 7),       /* low, alone */
  BAD_ESCAPE ("{\"\\uDBFF\": 1}", 2),            /* in a member name, upper case */
  BAD_ESCAPE ("\"\\ud800", 1),                   /* at the very end */
  BAD_ESCAPE ("{\"a\": \"\\u12\"}", 7),         /* too few digits: json-glib swallows the quote */
  BAD_ESCAPE ("{\"a\": \"\\u123x\"}", 7),
  BAD_ESCAPE ("{\"a\": \"\\u\"}", 7),
  BAD_ESCAPE ("\"\\ude[\\ude", 1),               /* json-glib leaks on these */
  BAD_ESCAPE ("\"\\ud800\\ud", 1),
  OTHER_ESCAPE ("{\"a\": \"\\q \\/ \\n\"}", 7),  /* json-glib would take it; JSON has no \\q */
  /* json-glib would cut the text short at the NUL. */
  NUL_ESCAPE ("{\"a\": \"Ana\\u0000Evil\"}", 10),
  NUL_ESCAPE ("[\"\\u0000\"]", 2),
  OK ("[\"\\u0001 \\\\u0000\"]"),
  OK ("['\\u0000']"),
};

static void
test_unicode_escapes (void)
{
  check_cases (escape_cases, G_N_ELEMENTS (escape_cases), SW_JSON_MAX_DEPTH);
}

static const Case number_cases[] = {
  OK ("[0, -0, 7, 7.5, -7.25, 1e3, 1E-3, 2.5e+10, 0.001, 10]"),
  OK ("{\"a\": 123456789012345678}"),                      /* 18 digits */
  OK ("[1e-400, 1e400, 5.00000000000000000000000001]"),  /* json-glib's doubles */
  OK ("[true, false, null]"),
  BAD_NUMBER ("{\"a\": 1234567890123456789}", 6),           /* 19 digits */
  BAD_NUMBER ("[-18446744073709551611]", 1),             /* json-glib reads 5 */
  BAD_NUMBER ("[9223372036854775808]", 1),               /* and this as -2^63 */
  BAD_NUMBER ("[1, 010]", 4),                            /* json-glib reads 8 */
  BAD_NUMBER ("[0x5]", 1),
  BAD_NUMBER ("[$5]", 1),
  BAD_NUMBER ("[0b101]", 1),
  BAD_NUMBER ("[+5]", 1),
  BAD_NUMBER ("[.5]", 1),
  BAD_NUMBER ("[5.]", 1),
  BAD_NUMBER ("[5e]", 1),
  BAD_NUMBER ("[-]", 1),
  BAD_NUMBER ("[-Infinity]", 1),
  BAD_NUMBER ("7x", 0),
  BAD_NUMBER ("{\"a\": 1-2}", 6),
  OK ("[\"010\", '0x5']"),                                 /* text */
};

static void
test_numbers (void)
{
  check_cases (number_cases, G_N_ELEMENTS (number_cases), SW_JSON_MAX_DEPTH);
}

/* json-glib skips a byte order mark at the very start (Windows editors write
 * one), and nowhere else. */
static const Case bom_cases[] = {
  OK ("\xef\xbb\xbf{\"a\": 1}"),
  OK ("\xef\xbb\xbf"),
  TRAILING ("\xef\xbb\xbf\xef\xbb\xbf{}", 6),
  TRAILING (" \xef\xbb\xbf{}", 4),
  OK ("[\"\xef\xbb\xbf\"]"),
};

static void
test_byte_order_mark (void)
{
  check_cases (bom_cases, G_N_ELEMENTS (bom_cases), SW_JSON_MAX_DEPTH);
}

/* With a limit of 2, so that the cases stay readable. */
static const Case depth_cases[] = {
  OK ("[[]]"),
  OK ("{\"a\": {\"b\": 1}, \"c\": [2]}"),
  TOO_DEEP ("[[[]]]", 2),
  TOO_DEEP ("{\"a\": {\"b\": {}}}", 12),
  TOO_DEEP ("[{\"a\": [1]}]", 7),
  OK ("[\"[[[[\"]"),                          /* inside a string */
  OK ("[\"\\\"[[[[\"]"),                      /* after an escaped quote */
  OK ("[\"\\\\\", []]"),                      /* an escaped backslash ends before the quote */
  TOO_DEEP ("[\"\\\\\", [[]]]", 8),
  OK ("['[[[[']"),
  TOO_DEEP ("['\\' [[ ']", 6),                 /* '\' ends the string: the brackets count */
  OK ("[1 /* [[[ */]"),                      /* inside a comment */
  TOO_DEEP ("[1 /* / [[ */]", 9),              /* the comment ended at the second slash */
  /* Malformed text is still counted: json-glib recurses before it fails. */
  TOO_DEEP ("{]}[[[", 5),
  TOO_DEEP ("]][[[", 4),
  OK ("[[\"open[[["),                        /* an unclosed string hides the rest, from json-glib too */
};

static void
test_depth (void)
{
  check_cases (depth_cases, G_N_ELEMENTS (depth_cases), 2);
}

/* SW_JSON_MAX_MEMBERS members in an object, and not one more; lists are not limited. */
static void
test_members (void)
{
  g_autoptr(GString) json = g_string_new ("{\"list\": [");
  const char *where = NULL;
  gsize last_comma;

  for (guint i = 0; i < 10 * SW_JSON_MAX_MEMBERS; i++)
    g_string_append (json, i == 0 ? "1" : ", 1");
  g_string_append (json, "], \"inner\": {\"a\": 1, \"b\": 2}");
  for (guint i = 2; i < SW_JSON_MAX_MEMBERS; i++)
    g_string_append_printf (json, ", \"k%u\": 1", i);
  g_string_append (json, "}");
  g_assert_cmpint (sw_json_check_structure (json->str, json->len, SW_JSON_MAX_DEPTH, &where), ==,
                   SW_JSON_CHECK_OK);

  /* One more, a name repeated: the comma before it is the place. */
  g_string_truncate (json, json->len - 1);
  last_comma = json->len;
  g_string_append (json, ", \"k2\": 1}");
  g_assert_cmpint (sw_json_check_structure (json->str, json->len, SW_JSON_MAX_DEPTH, &where), ==,
                   SW_JSON_CHECK_TOO_MANY_MEMBERS);
  g_assert_cmpint (where - json->str, ==, last_comma);

  /* Commas in strings and in inner lists are not members. */
  g_assert_cmpint (sw_json_check_structure ("{\"a\": \",,,\", \"b\": [1, 2, 3]}", 28, 2, &where), ==,
                   SW_JSON_CHECK_OK);
}

/* SW_JSON_MAX_DEPTH levels open; one more does not, wherever it comes. */
static void
test_depth_limit (void)
{
  const guint limit = SW_JSON_MAX_DEPTH;
  g_autoptr(GString) json = g_string_new (NULL);
  const char *where = NULL;

  for (guint i = 0; i < limit; i++)
    g_string_append (json, i % 2 == 0 ? "{\"a\": " : "[");
  for (guint i = limit; i > 0; i--)
    g_string_append (json, (i - 1) % 2 == 0 ? "}" : "]");
  g_assert_cmpint (sw_json_check_structure (json->str, json->len, limit, &where), ==, SW_JSON_CHECK_OK);
  g_assert_null (where);

  g_string_insert (json, 6 * (limit / 2) + limit / 2, "[]");
  g_assert_cmpint (sw_json_check_structure (json->str, json->len, limit, &where), ==,
                   SW_JSON_CHECK_TOO_DEEP);
  g_assert_cmpint (where - json->str, ==, 6 * (limit / 2) + limit / 2);

  /* A limit of 0 takes only a number, a string or a word. */
  g_assert_cmpint (sw_json_check_structure ("\"a\"", 3, 0, &where), ==, SW_JSON_CHECK_OK);
  g_assert_cmpint (sw_json_check_structure ("[]", 2, 0, &where), ==, SW_JSON_CHECK_TOO_DEEP);
}

/* The size counts, not a NUL: nothing past it is looked at. */
static void
test_length (void)
{
  const char *json = "{\"a\": 1}{\"b\": 2}";
  const char *where = json;

  g_assert_cmpint (sw_json_check_structure (json, 8, SW_JSON_MAX_DEPTH, &where), ==, SW_JSON_CHECK_OK);
  g_assert_cmpint (sw_json_check_structure (json, 3, SW_JSON_MAX_DEPTH, &where), ==, SW_JSON_CHECK_OK);
  g_assert_cmpint (sw_json_check_structure (NULL, 0, SW_JSON_MAX_DEPTH, &where), ==, SW_JSON_CHECK_OK);
  g_assert_null (where);
  g_assert_cmpint (sw_json_check_structure ("[[[", 2, 1, &where), ==, SW_JSON_CHECK_TOO_DEEP);
  g_assert_cmpint (sw_json_check_structure ("[[[", 1, 1, &where), ==, SW_JSON_CHECK_OK);
}

/* What crashed json-glib: a million levels are refused at the 65th,
 * however they are spelled. */
static void
test_very_deep (void)
{
  const gsize depth = 1000000;
  static const char *const opening[] = { "[", "{\"a\":", "['\\'", "[\"]\"," };

  for (guint i = 0; i < G_N_ELEMENTS (opening); i++)
    {
      gsize step = strlen (opening[i]);
      g_autofree char *json = g_malloc (depth * step);
      const char *where = NULL;

      for (gsize level = 0; level < depth; level++)
        memcpy (json + level * step, opening[i], step);

      g_test_message ("%s…", opening[i]);
      g_assert_cmpint (sw_json_check_structure (json, depth * step, SW_JSON_MAX_DEPTH, &where), ==,
                       SW_JSON_CHECK_TOO_DEEP);
      g_assert_true (where == json + SW_JSON_MAX_DEPTH * step);
    }
}

/* sw_json_check_text(): the message every door shows. */

static gboolean
too_large (GError     **error,
           const char  *name,
           guint64      size)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "%s: %" G_GUINT64_FORMAT " is too large",
               name, size);
  return FALSE;
}

static void
test_messages (void)
{
  const struct {
    const char *json;
    gsize       max_bytes;
    const char *message;   /* NULL: accepted */
  } cases[] = {
    { "{\"a\": [1, 2]}", 13, NULL },
    { "{\"a\": [1, 2]}", 12, "door.json: 13 is too large" },
    { "{\n  \"a\": \"\xff\"\n}", 100, "door.json:2:9: the file is not UTF-8 text; save it with the UTF-8 encoding" },
    { "{\n  \"a\": 1}\n{}", 100, "door.json:3:1: not valid JSON: more follows the end of the first value; "
                                 "the file must hold one JSON value" },
    { "[\"\\ud800\"]", 100, "door.json:1:3: not valid JSON: a \\u escape must be four hexadecimal digits" },
    { "[\"\\u0000\"]", 100, "door.json:1:3: the text holds \\u0000, the NUL character, which Stackwise "
                          "cannot keep; remove it" },
    { "{\n  \"a\": 010}", 100, "door.json:2:8: not a number Stackwise reads; write decimal numbers such as "
                             "7, 7.5 or 1e-3, and whole numbers of at most 18 digits" },
    { "\xef\xbb\xbf{\"a\": 1}", 100, NULL },
  };
  g_autoptr(GString) deep = g_string_new ("{\n  \"a\": ");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      /* Escaped: some cases are not UTF-8, and TAP output must be. */
      g_autofree char *shown = g_strescape (cases[i].json, NULL);
      gboolean ok = sw_json_check_text (cases[i].json, strlen (cases[i].json), "door.json",
                                        cases[i].max_bytes, too_large, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                        &error);

      g_test_message ("%s", shown);
      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          continue;
        }
      g_assert_false (ok);
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
      g_assert_null (strchr (error->message, '\n'));
    }

  /* A NUL is not text. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (sw_json_check_text ("[1,\0 2]", 7, "door.json", 100, too_large,
                                        G_IO_ERROR, G_IO_ERROR_INVALID_DATA, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_assert_cmpstr (error->message, ==, "door.json:1:4: the file contains a NUL byte; JSON is plain UTF-8 text");
  }

  /* Too deep: the place of the bracket one level too many, and the limit. */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *expected = NULL;

    for (guint i = 0; i < 100; i++)
      g_string_append (deep, "[");
    g_assert_false (sw_json_check_text (deep->str, deep->len, "door.json", 1000, too_large,
                                        G_IO_ERROR, G_IO_ERROR_INVALID_DATA, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    expected = g_strdup_printf ("door.json:2:%d: nested too deeply; lists and objects can be nested "
                                "at most %d levels deep", 7 + SW_JSON_MAX_DEPTH, SW_JSON_MAX_DEPTH);
    g_assert_cmpstr (error->message, ==, expected);
  }
}

/* Quoted in a one-line message: valid UTF-8, no control character, at most
 * 40 characters (the one rule for files and the command line). */
static void
test_quote_text (void)
{
  g_autofree char *control = sw_quote_text ("a\nb\tc");
  g_autofree char *invalid = sw_quote_text ("x\xffy");
  g_autofree char *long_text = sw_quote_text ("0123456789012345678901234567890123456789-and-more");
  g_autofree char *plain = sw_quote_text ("Größe “x”");

  g_assert_cmpstr (control, ==, "a?b?c");
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
  g_assert_true (g_str_has_prefix (invalid, "x"));
  g_assert_true (g_str_has_suffix (invalid, "y"));
  g_assert_cmpstr (long_text, ==, "0123456789012345678901234567890123456789…");
  g_assert_cmpstr (plain, ==, "Größe “x”");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/json-check/trailing", test_trailing);
  g_test_add_func ("/stackwise/json-check/unicode-escapes", test_unicode_escapes);
  g_test_add_func ("/stackwise/json-check/numbers", test_numbers);
  g_test_add_func ("/stackwise/json-check/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/stackwise/json-check/depth", test_depth);
  g_test_add_func ("/stackwise/json-check/depth-limit", test_depth_limit);
  g_test_add_func ("/stackwise/json-check/quote-text", test_quote_text);
  g_test_add_func ("/stackwise/json-check/members", test_members);
  g_test_add_func ("/stackwise/json-check/length", test_length);
  g_test_add_func ("/stackwise/json-check/very-deep", test_very_deep);
  g_test_add_func ("/stackwise/json-check/messages", test_messages);

  return g_test_run ();
}
