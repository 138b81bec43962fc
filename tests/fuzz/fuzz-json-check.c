/* fuzz-json-check.c — libFuzzer target: the check before json-glib, against json-glib itself
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whatever sw_json_check_text() lets through, json-glib must parse without
 * running out of stack, into a tree no deeper than SW_JSON_MAX_DEPTH, with
 * text that is UTF-8 and no whole number it misread. Where the check and
 * json-glib's scanner disagree about strings, comments or brackets, this
 * finds it: a crash, a deeper tree, or a leak.
 */

#include "config.h"

#include <string.h>

#include "sw-json-check.h"
#include "sw-json-reader.h"

#include "fuzz-common.h"

static gboolean
too_large (GError     **error,
           const char  *name,
           guint64      size)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, "%s: too large", name);
  return FALSE;
}

/* The depth of @node (a value is 0), and its text checked on the way. */
static guint
check_node (JsonNode *node)
{
  guint deepest = 0;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *child;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &member, &child))
        {
          guint depth = check_node (child);

          FUZZ_CHECK (g_utf8_validate (member, -1, NULL));
          deepest = MAX (deepest, depth);
        }
      return deepest + 1;
    }

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          guint depth = check_node (json_array_get_element (array, i));

          deepest = MAX (deepest, depth);
        }
      return deepest + 1;
    }

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    FUZZ_CHECK (g_utf8_validate (json_node_get_string (node), -1, NULL));

  return 0;
}

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = (const char *) data;

  fuzz_init ();

  if (!sw_json_check_text (text, size, "fuzz.json", G_MAXUINT64, too_large,
                           G_IO_ERROR, G_IO_ERROR_INVALID_DATA, &error))
    {
      fuzz_check_refusal (error, G_IO_ERROR, "fuzz.json");
      return 0;
    }

  parser = json_parser_new ();
  if (size == 0 || !json_parser_load_from_data (parser, text, (gssize) size, NULL))
    return 0;
  if (json_parser_get_root (parser) != NULL)
    FUZZ_CHECK (check_node (json_parser_get_root (parser)) <= SW_JSON_MAX_DEPTH);

  return 0;
}
