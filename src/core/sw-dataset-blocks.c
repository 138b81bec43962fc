/* sw-dataset-blocks.c — validating the blocks of a dataset's sections
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-dataset-private.h"

/* @member holds {technology id: object} with at least one known technology;
 * @func checks each object. */
static gboolean
validate_per_technology (SwLoader   *l,
                         JsonObject *block,
                         const char *member,
                         SwItemFunc  func)
{
  JsonObjectIter iter;
  JsonObject *map;
  JsonNode *node;
  const char *key;
  gsize mark;

  if (!sw_loader_get_member (l, block, member, SW_JSON_KIND_OBJECT, TRUE, &node))
    return FALSE;

  map = json_node_get_object (node);
  mark = sw_loader_enter_member (l, member);
  if (json_object_get_size (map) == 0)
    return sw_loader_fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
                           _("there must be an entry for at least one technology"));
  if (!sw_loader_check_keys (l, map, SW_REF_TECHNOLOGY))
    return FALSE;

  json_object_iter_init_ordered (&iter, map);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      gsize entry = sw_loader_enter_member (l, key);

      if (!sw_loader_visit_object (l, node, func, 0, NULL))
        return FALSE;

      sw_loader_leave (l, entry);
    }

  sw_loader_leave (l, mark);
  return TRUE;
}

/* One function per block type. sw_loader_validate_block has read the block's
 * "title" already when block_types says the type has one. */

static gboolean
validate_text_block (SwLoader   *l,
                     JsonObject *block)
{
  const char *text;

  return sw_loader_get_text (l, block, "text", TRUE, &text);
}

static gboolean
validate_fact (SwLoader   *l,
               JsonObject *item,
               guint       index,
               gpointer    data)
{
  const char *s;

  return sw_loader_get_text (l, item, "value", TRUE, &s)
      && sw_loader_get_text (l, item, "label", TRUE, &s)
      && sw_loader_get_text (l, item, "detail", FALSE, &s)
      && sw_loader_get_ref (l, item, "technology", SW_REF_TECHNOLOGY, FALSE, &s);
}

static gboolean
validate_facts (SwLoader   *l,
                JsonObject *block)
{
  return sw_loader_get_objects (l, block, "items", _("items"), validate_fact, NULL);
}

static gboolean
validate_list_item (SwLoader   *l,
                    JsonObject *item,
                    guint       index,
                    gpointer    data)
{
  const char *s;

  return sw_loader_get_text (l, item, "title", FALSE, &s)
      && sw_loader_get_text (l, item, "text", TRUE, &s);
}

static gboolean
validate_list (SwLoader   *l,
               JsonObject *block)
{
  const char *s;

  return sw_loader_get_ref (l, block, "technology", SW_REF_TECHNOLOGY, FALSE, &s)
      && sw_loader_get_objects (l, block, "items", _("items"), validate_list_item, NULL);
}

static gboolean
validate_compare_row (SwLoader   *l,
                      JsonObject *row,
                      guint       index,
                      gpointer    data)
{
  JsonNode *node;
  JsonObject *values;
  const char *s;
  gsize mark;

  if (!sw_loader_get_text (l, row, "label", TRUE, &s)
      || !sw_loader_get_member (l, row, "values", SW_JSON_KIND_OBJECT, TRUE, &node))
    return FALSE;

  values = json_node_get_object (node);
  mark = sw_loader_enter_member (l, "values");
  if (!sw_loader_check_keys (l, values, SW_REF_TECHNOLOGY))
    return FALSE;

  /* Not sw_loader_check_complete: each value is checked as soon as its
   * technology is, so the first problem in technology order is the one told. */
  for (guint t = 0; t < l->self->n_technologies; t++)
    {
      const char *tech = l->self->technologies[t].id;

      if (!json_object_has_member (values, tech))
        return sw_loader_fail (l, SW_DATASET_ERROR_MISSING_FIELD,
                               _("the value for technology “%s” is missing"), tech);
      if (!sw_loader_get_text (l, values, tech, TRUE, &s))
        return FALSE;
    }

  sw_loader_leave (l, mark);
  return TRUE;
}

static gboolean
validate_compare (SwLoader   *l,
                  JsonObject *block)
{
  return sw_loader_get_objects (l, block, "rows", _("rows"), validate_compare_row, NULL);
}

static gboolean
validate_column (SwLoader   *l,
                 JsonObject *column,
                 guint       index,
                 gpointer    data)
{
  const char *s;

  return sw_loader_get_text (l, column, "heading", TRUE, &s)
      && sw_loader_get_text_list (l, column, "items", 0, _("items"), NULL);
}

static gboolean
validate_columns (SwLoader   *l,
                  JsonObject *block)
{
  return validate_per_technology (l, block, "columns", validate_column);
}

static gboolean
validate_pros_and_cons (SwLoader   *l,
                        JsonObject *entry,
                        guint       index,
                        gpointer    data)
{
  return sw_loader_get_text_list (l, entry, "pros", 0, _("pros"), NULL)
      && sw_loader_get_text_list (l, entry, "cons", 0, _("cons"), NULL);
}

static gboolean
validate_pros_cons (SwLoader   *l,
                    JsonObject *block)
{
  return validate_per_technology (l, block, "technologies", validate_pros_and_cons);
}

static gboolean
validate_bar (SwLoader   *l,
              JsonObject *bar,
              guint       index,
              gpointer    data)
{
  JsonNode *node;
  const char *s;
  double low = 0;
  double high;

  if (!sw_loader_get_ref (l, bar, "technology", SW_REF_TECHNOLOGY, TRUE, &s)
      || !sw_loader_get_number (l, bar, "low", TRUE, _("the low figure"), 0, G_MAXDOUBLE, &low))
    return FALSE;

  high = low;
  return sw_loader_get_number (l, bar, "high", FALSE, _("the high figure"), low, G_MAXDOUBLE,
                               &high)
      && sw_loader_get_member (l, bar, "open_ended", SW_JSON_KIND_BOOLEAN, FALSE, &node)
      && sw_loader_get_text (l, bar, "label", TRUE, &s);
}

static gboolean
validate_chart (SwLoader   *l,
                JsonObject *block)
{
  const char *s;
  const char *scale;

  if (!sw_loader_get_text (l, block, "unit", TRUE, &s)
      || !sw_loader_get_text (l, block, "scale", FALSE, &scale)
      || !sw_loader_get_text (l, block, "note", FALSE, &s))
    return FALSE;

  if (scale != NULL && g_strcmp0 (scale, "linear") != 0)
    {
      g_autofree char *shown = sw_loader_quote_text (scale);

      return sw_loader_fail_at (l, "scale", SW_DATASET_ERROR_SHAPE,
                                _("the scale “%s” is unknown; this version knows only “linear”"),
                                shown);
    }

  return sw_loader_get_objects (l, block, "bars", _("bars"), validate_bar, NULL);
}

static gboolean
validate_cell (SwLoader   *l,
               JsonObject *cell,
               guint       index,
               gpointer    data)
{
  const char *s;

  return sw_loader_get_text (l, cell, "text", TRUE, &s)
      && sw_loader_get_ref (l, cell, "technology", SW_REF_TECHNOLOGY, FALSE, &s)
      && sw_loader_get_ref (l, cell, "preset", SW_REF_PRESET, FALSE, &s)
      && sw_loader_get_text (l, cell, "note", FALSE, &s);
}

static gboolean
validate_table (SwLoader   *l,
                JsonObject *block)
{
  JsonArray *rows;
  guint n_columns;
  gsize mark;

  if (!sw_loader_get_text_list (l, block, "columns", 1, _("columns"), &n_columns)
      || !sw_loader_get_list (l, block, "rows", TRUE, 1, G_MAXUINT, _("rows"), &rows))
    return FALSE;

  mark = sw_loader_enter_member (l, "rows");
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonNode *node = json_array_get_element (rows, i);
      gsize item = sw_loader_enter_index (l, i);
      guint n_cells;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return sw_loader_fail (l, SW_DATASET_ERROR_SHAPE, _("expected a list of cells, found %s"),
                               sw_loader_describe_node (node));

      n_cells = json_array_get_length (json_node_get_array (node));
      if (n_cells != n_columns)
        return sw_loader_fail (l, SW_DATASET_ERROR_OUT_OF_RANGE,
                               g_dngettext (GETTEXT_PACKAGE,
                                            "this row has %u cell, but the table has %u columns",
                                            "this row has %u cells, but the table has %u columns",
                                            n_cells),
                               n_cells, n_columns);

      if (!sw_loader_each_object (l, json_node_get_array (node), NULL, validate_cell, NULL))
        return FALSE;

      sw_loader_leave (l, item);
    }
  sw_loader_leave (l, mark);

  return TRUE;
}

/* The type table */

typedef enum
{
  TITLE_NONE,
  TITLE_OPTIONAL,
  TITLE_REQUIRED,
} TitleRule;

static const struct
{
  const char *type;
  TitleRule   title;    /* checked first, before the type's own fields */
  gboolean  (*validate) (SwLoader   *l,
                         JsonObject *block);
} block_types[] = {
  { "paragraph", TITLE_NONE, validate_text_block },
  { "heading", TITLE_NONE, validate_text_block },
  { "facts", TITLE_OPTIONAL, validate_facts },
  { "list", TITLE_OPTIONAL, validate_list },
  { "compare", TITLE_OPTIONAL, validate_compare },
  { "columns", TITLE_OPTIONAL, validate_columns },
  { "pros-cons", TITLE_OPTIONAL, validate_pros_cons },
  { "chart", TITLE_REQUIRED, validate_chart },
  { "table", TITLE_OPTIONAL, validate_table },
};

gboolean
sw_loader_validate_block (SwLoader   *l,
                          JsonObject *block,
                          guint       index,
                          gpointer    data)
{
  g_autoptr(GString) known = g_string_new (NULL);
  g_autofree char *shown = NULL;
  const char *type;
  const char *title;

  if (!sw_loader_get_text (l, block, "type", TRUE, &type))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (block_types); i++)
    {
      if (g_strcmp0 (type, block_types[i].type) == 0)
        {
          if (block_types[i].title != TITLE_NONE
              && !sw_loader_get_text (l, block, "title",
                                      block_types[i].title == TITLE_REQUIRED, &title))
            return FALSE;
          return block_types[i].validate (l, block);
        }
      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", block_types[i].type);
    }

  shown = sw_loader_quote_text (type);
  return sw_loader_fail_at (l, "type", SW_DATASET_ERROR_SHAPE,
                            _("“%s” is not a block type; the types are %s"), shown, known->str);
}
