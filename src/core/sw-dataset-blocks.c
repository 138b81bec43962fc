/* sw-dataset-blocks.c — reading the blocks of a dataset's sections into typed blocks, checking each once
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sw-dataset-private.h"

/* Each function below checks one part of a block and, as it goes, copies
 * it into the block's struct (sw-block.h): the widgets get typed blocks and
 * never see the JSON. A block is put in its section before it is filled,
 * so that whatever was read is freed with the dataset when a later part
 * fails. */

static int
technology_index (SwLoader   *l,
                  const char *id)
{
  return id != NULL ? sw_dataset_find_technology (l->self, id) : -1;
}

/* The texts of a list member that sw_loader_get_text_list has checked (and
 * translated in place). */
static char **
dup_text_list (JsonObject *obj,
               const char *member)
{
  JsonArray *array = json_object_get_array_member (obj, member);
  guint n = json_array_get_length (array);
  char **texts = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    texts[i] = g_strdup (json_array_get_string_element (array, i));

  return texts;
}

/* A list member of objects, at least one, each read by @func into its slot
 * of @items (@size bytes each). */
static gboolean
read_objects (SwLoader   *l,
              JsonObject *obj,
              const char *member,
              const char *what,
              SwItemFunc  func,
              gsize       size,
              gpointer   *items,
              guint      *n_items)
{
  JsonArray *array;

  if (!sw_loader_get_list (l, obj, member, TRUE, 1, G_MAXUINT, what, &array))
    return FALSE;

  *n_items = json_array_get_length (array);
  *items = g_malloc0_n (*n_items, size);
  return sw_loader_each_object (l, array, member, func, *items);
}

/* @member holds {technology id: object} with at least one known technology;
 * @func reads each object into the slot of its technology in @slots
 * (@size bytes each, one per technology of the dataset). */
static gboolean
read_per_technology (SwLoader   *l,
                     JsonObject *block,
                     const char *member,
                     SwItemFunc  func,
                     guint8     *slots,
                     gsize       size)
{
  JsonObjectIter iter;
  JsonObject *map;
  JsonNode *node;
  const char *key;
  gsize mark;

  if (!sw_json_reader_get_member (&l->reader, block, member, SW_JSON_KIND_OBJECT, TRUE, &node))
    return FALSE;

  map = json_node_get_object (node);
  mark = sw_json_reader_enter_member (&l->reader, member);
  if (json_object_get_size (map) == 0)
    return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_OUT_OF_RANGE,
                                _("there must be an entry for at least one technology"));
  if (!sw_loader_check_keys (l, map, SW_REF_TECHNOLOGY))
    return FALSE;

  json_object_iter_init_ordered (&iter, map);
  while (json_object_iter_next_ordered (&iter, &key, &node))
    {
      gsize entry = sw_json_reader_enter_member (&l->reader, key);
      int t = technology_index (l, key);

      if (!sw_loader_visit_object (l, node, func, t, slots + (gsize) t * size))
        return FALSE;

      sw_json_reader_leave (&l->reader, entry);
    }

  sw_json_reader_leave (&l->reader, mark);
  return TRUE;
}

/* paragraph, heading */
static gboolean
read_text_block (SwLoader   *l,
                 JsonObject *obj,
                 SwBlock    *block)
{
  SwTextBlock *self = (SwTextBlock *) block;
  const char *text;

  if (!sw_loader_get_text (l, obj, "text", TRUE, &text))
    return FALSE;

  self->text = g_strdup (text);
  return TRUE;
}

static gboolean
read_fact (SwLoader   *l,
           JsonObject *item,
           guint       index,
           gpointer    data)
{
  SwFact *fact = &((SwFact *) data)[index];
  const char *value, *label, *detail, *technology;

  if (!sw_loader_get_text (l, item, "value", TRUE, &value)
      || !sw_loader_get_text (l, item, "label", TRUE, &label)
      || !sw_loader_get_text (l, item, "detail", FALSE, &detail)
      || !sw_loader_get_ref (l, item, "technology", SW_REF_TECHNOLOGY, FALSE, &technology))
    return FALSE;

  fact->value = g_strdup (value);
  fact->label = g_strdup (label);
  fact->detail = g_strdup (detail);
  fact->technology = technology_index (l, technology);
  return TRUE;
}

static gboolean
read_facts (SwLoader   *l,
            JsonObject *obj,
            SwBlock    *block)
{
  SwFactsBlock *self = (SwFactsBlock *) block;

  return read_objects (l, obj, "items", _("items"), read_fact, sizeof (SwFact),
                       (gpointer *) &self->facts, &self->n_facts);
}

static gboolean
read_list_item (SwLoader   *l,
                JsonObject *obj,
                guint       index,
                gpointer    data)
{
  SwListItem *item = &((SwListItem *) data)[index];
  const char *title, *text;

  if (!sw_loader_get_text (l, obj, "title", FALSE, &title)
      || !sw_loader_get_text (l, obj, "text", TRUE, &text))
    return FALSE;

  item->title = g_strdup (title);
  item->text = g_strdup (text);
  return TRUE;
}

static gboolean
read_list (SwLoader   *l,
           JsonObject *obj,
           SwBlock    *block)
{
  SwListBlock *self = (SwListBlock *) block;
  const char *technology;

  if (!sw_loader_get_ref (l, obj, "technology", SW_REF_TECHNOLOGY, FALSE, &technology))
    return FALSE;

  self->technology = technology_index (l, technology);
  return read_objects (l, obj, "items", _("items"), read_list_item, sizeof (SwListItem),
                       (gpointer *) &self->items, &self->n_items);
}

static gboolean
read_compare_row (SwLoader   *l,
                  JsonObject *obj,
                  guint       index,
                  gpointer    data)
{
  SwCompareRow *row = &((SwCompareRow *) data)[index];
  guint n_technologies = l->self->n_technologies;
  JsonNode *node;
  JsonObject *values;
  const char *label;
  gsize mark;

  if (!sw_loader_get_text (l, obj, "label", TRUE, &label)
      || !sw_json_reader_get_member (&l->reader, obj, "values", SW_JSON_KIND_OBJECT, TRUE, &node))
    return FALSE;

  row->label = g_strdup (label);
  row->values = g_new0 (char *, n_technologies + 1);
  values = json_node_get_object (node);
  mark = sw_json_reader_enter_member (&l->reader, "values");
  if (!sw_loader_check_keys (l, values, SW_REF_TECHNOLOGY))
    return FALSE;

  /* Not sw_loader_check_complete: each value is checked as soon as its
   * technology is, so the first problem in technology order is the one told. */
  for (guint t = 0; t < n_technologies; t++)
    {
      const char *tech = l->self->technologies[t].id;
      const char *value;

      if (!json_object_has_member (values, tech))
        return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_MISSING_FIELD,
                                    _("the value for technology “%s” is missing"), tech);
      if (!sw_loader_get_text (l, values, tech, TRUE, &value))
        return FALSE;
      row->values[t] = g_strdup (value);
    }

  sw_json_reader_leave (&l->reader, mark);
  return TRUE;
}

static gboolean
read_compare (SwLoader   *l,
              JsonObject *obj,
              SwBlock    *block)
{
  SwCompareBlock *self = (SwCompareBlock *) block;

  return read_objects (l, obj, "rows", _("rows"), read_compare_row, sizeof (SwCompareRow),
                       (gpointer *) &self->rows, &self->n_rows);
}

static gboolean
read_column (SwLoader   *l,
             JsonObject *obj,
             guint       technology,
             gpointer    data)
{
  SwColumn *column = data;
  const char *heading;

  if (!sw_loader_get_text (l, obj, "heading", TRUE, &heading)
      || !sw_loader_get_text_list (l, obj, "items", 0, _("items"), NULL))
    return FALSE;

  column->technology = technology;
  column->heading = g_strdup (heading);
  column->items = dup_text_list (obj, "items");
  return TRUE;
}

static gboolean
read_columns (SwLoader   *l,
              JsonObject *obj,
              SwBlock    *block)
{
  SwColumnsBlock *self = (SwColumnsBlock *) block;
  guint n = 0;

  self->n_columns = l->self->n_technologies;
  self->columns = g_new0 (SwColumn, self->n_columns);
  for (guint t = 0; t < self->n_columns; t++)
    self->columns[t].technology = -1;

  if (!read_per_technology (l, obj, "columns", read_column, (guint8 *) self->columns,
                            sizeof (SwColumn)))
    return FALSE;

  /* One card per technology named, in the dataset's order. */
  for (guint t = 0; t < self->n_columns; t++)
    if (self->columns[t].technology >= 0)
      self->columns[n++] = self->columns[t];
  self->n_columns = n;
  return TRUE;
}

static gboolean
read_pros_and_cons (SwLoader   *l,
                    JsonObject *obj,
                    guint       technology,
                    gpointer    data)
{
  SwProsAndCons *entry = data;

  if (!sw_loader_get_text_list (l, obj, "pros", 0, _("pros"), NULL)
      || !sw_loader_get_text_list (l, obj, "cons", 0, _("cons"), NULL))
    return FALSE;

  entry->technology = technology;
  entry->pros = dup_text_list (obj, "pros");
  entry->cons = dup_text_list (obj, "cons");
  return TRUE;
}

static gboolean
read_pros_cons (SwLoader   *l,
                JsonObject *obj,
                SwBlock    *block)
{
  SwProsConsBlock *self = (SwProsConsBlock *) block;
  guint n = 0;

  self->n_entries = l->self->n_technologies;
  self->entries = g_new0 (SwProsAndCons, self->n_entries);
  for (guint t = 0; t < self->n_entries; t++)
    self->entries[t].technology = -1;

  if (!read_per_technology (l, obj, "technologies", read_pros_and_cons,
                            (guint8 *) self->entries, sizeof (SwProsAndCons)))
    return FALSE;

  for (guint t = 0; t < self->n_entries; t++)
    if (self->entries[t].technology >= 0)
      self->entries[n++] = self->entries[t];
  self->n_entries = n;
  return TRUE;
}

static gboolean
read_bar (SwLoader   *l,
          JsonObject *obj,
          guint       index,
          gpointer    data)
{
  SwBar *bar = &((SwBar *) data)[index];
  JsonNode *open_ended;
  const char *technology, *label;
  double low = 0;
  double high;

  if (!sw_loader_get_ref (l, obj, "technology", SW_REF_TECHNOLOGY, TRUE, &technology)
      || !sw_loader_get_number (l, obj, "low", TRUE, _("the low figure"), 0, G_MAXDOUBLE, &low))
    return FALSE;

  high = low;
  if (!sw_loader_get_number (l, obj, "high", FALSE, _("the high figure"), low, G_MAXDOUBLE, &high)
      || !sw_json_reader_get_member (&l->reader, obj, "open_ended", SW_JSON_KIND_BOOLEAN, FALSE, &open_ended)
      || !sw_loader_get_text (l, obj, "label", TRUE, &label))
    return FALSE;

  bar->technology = technology_index (l, technology);
  bar->low = low;
  bar->high = high;
  bar->open_ended = open_ended != NULL && json_node_get_boolean (open_ended);
  bar->label = g_strdup (label);
  return TRUE;
}

static gboolean
read_chart (SwLoader   *l,
            JsonObject *obj,
            SwBlock    *block)
{
  SwChartBlock *self = (SwChartBlock *) block;
  const char *unit, *scale, *note;

  if (!sw_loader_get_text (l, obj, "unit", TRUE, &unit)
      || !sw_loader_get_text (l, obj, "scale", FALSE, &scale)
      || !sw_loader_get_text (l, obj, "note", FALSE, &note))
    return FALSE;

  if (scale != NULL && g_strcmp0 (scale, "linear") != 0)
    {
      g_autofree char *shown = sw_quote_text (scale);

      return sw_loader_fail_at (l, "scale", SW_DATASET_ERROR_SHAPE,
                                _("the scale “%s” is unknown; this version knows only “linear”"),
                                shown);
    }

  self->unit = g_strdup (unit);
  self->note = g_strdup (note);
  return read_objects (l, obj, "bars", _("bars"), read_bar, sizeof (SwBar),
                       (gpointer *) &self->bars, &self->n_bars);
}

static gboolean
read_cell (SwLoader   *l,
           JsonObject *obj,
           guint       index,
           gpointer    data)
{
  SwTableCell *cell = &((SwTableCell *) data)[index];
  const char *text, *technology, *preset, *note;

  if (!sw_loader_get_text (l, obj, "text", TRUE, &text)
      || !sw_loader_get_ref (l, obj, "technology", SW_REF_TECHNOLOGY, FALSE, &technology)
      || !sw_loader_get_ref (l, obj, "preset", SW_REF_PRESET, FALSE, &preset)
      || !sw_loader_get_text (l, obj, "note", FALSE, &note))
    return FALSE;

  cell->text = g_strdup (text);
  cell->note = g_strdup (note);
  cell->technology = technology_index (l, technology);
  cell->preset = preset != NULL ? sw_dataset_find_preset (l->self, preset) : -1;
  return TRUE;
}

static gboolean
read_table (SwLoader   *l,
            JsonObject *obj,
            SwBlock    *block)
{
  SwTableBlock *self = (SwTableBlock *) block;
  JsonArray *rows;
  guint n_columns;
  gsize mark;

  if (!sw_loader_get_text_list (l, obj, "columns", 1, _("columns"), &n_columns)
      || !sw_loader_get_list (l, obj, "rows", TRUE, 1, G_MAXUINT, _("rows"), &rows))
    return FALSE;

  self->columns = dup_text_list (obj, "columns");
  self->n_columns = n_columns;
  self->n_rows = json_array_get_length (rows);
  self->cells = g_new0 (SwTableCell, (gsize) self->n_rows * n_columns);

  mark = sw_json_reader_enter_member (&l->reader, "rows");
  for (guint i = 0; i < self->n_rows; i++)
    {
      JsonNode *node = json_array_get_element (rows, i);
      gsize item = sw_json_reader_enter_index (&l->reader, i);
      guint n_cells;

      if (!JSON_NODE_HOLDS_ARRAY (node))
        return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_SHAPE, _("expected a list of cells, found %s"),
                                    sw_json_describe_node (node));

      n_cells = json_array_get_length (json_node_get_array (node));
      if (n_cells != n_columns)
        return sw_json_reader_fail (&l->reader, SW_DATASET_ERROR_OUT_OF_RANGE,
                                    g_dngettext (GETTEXT_PACKAGE,
                                                 "this row has %u cell, but the table has %u columns",
                                                 "this row has %u cells, but the table has %u columns",
                                                 n_cells),
                                    n_cells, n_columns);

      if (!sw_loader_each_object (l, json_node_get_array (node), NULL, read_cell,
                                  &self->cells[(gsize) i * n_columns]))
        return FALSE;

      sw_json_reader_leave (&l->reader, item);
    }
  sw_json_reader_leave (&l->reader, mark);

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
  const char  *type;
  SwBlockKind  kind;
  gsize        size;
  TitleRule    title;    /* checked first, before the type's own fields */
  gboolean   (*read) (SwLoader   *l,
                      JsonObject *obj,
                      SwBlock    *block);
} block_types[] = {
  { "paragraph", SW_BLOCK_PARAGRAPH, sizeof (SwTextBlock), TITLE_NONE, read_text_block },
  { "heading", SW_BLOCK_HEADING, sizeof (SwTextBlock), TITLE_NONE, read_text_block },
  { "facts", SW_BLOCK_FACTS, sizeof (SwFactsBlock), TITLE_OPTIONAL, read_facts },
  { "list", SW_BLOCK_LIST, sizeof (SwListBlock), TITLE_OPTIONAL, read_list },
  { "compare", SW_BLOCK_COMPARE, sizeof (SwCompareBlock), TITLE_OPTIONAL, read_compare },
  { "columns", SW_BLOCK_COLUMNS, sizeof (SwColumnsBlock), TITLE_OPTIONAL, read_columns },
  { "pros-cons", SW_BLOCK_PROS_CONS, sizeof (SwProsConsBlock), TITLE_OPTIONAL, read_pros_cons },
  { "chart", SW_BLOCK_CHART, sizeof (SwChartBlock), TITLE_REQUIRED, read_chart },
  { "table", SW_BLOCK_TABLE, sizeof (SwTableBlock), TITLE_OPTIONAL, read_table },
};

gboolean
sw_loader_read_block (SwLoader   *l,
                      JsonObject *obj,
                      guint       index,
                      gpointer    data)
{
  SwSection *section = data;
  g_autoptr(GString) known = g_string_new (NULL);
  g_autofree char *shown = NULL;
  const char *type;
  const char *title;

  if (!sw_loader_get_text (l, obj, "type", TRUE, &type))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (block_types); i++)
    {
      if (g_strcmp0 (type, block_types[i].type) == 0)
        {
          SwBlock *block = g_malloc0 (block_types[i].size);

          block->kind = block_types[i].kind;
          section->blocks[index] = block;
          if (block_types[i].title != TITLE_NONE)
            {
              if (!sw_loader_get_text (l, obj, "title",
                                       block_types[i].title == TITLE_REQUIRED, &title))
                return FALSE;
              block->title = g_strdup (title);
            }
          return block_types[i].read (l, obj, block);
        }
      g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", block_types[i].type);
    }

  shown = sw_quote_text (type);
  return sw_loader_fail_at (l, "type", SW_DATASET_ERROR_SHAPE,
                            _("“%s” is not a block type; the types are %s"), shown, known->str);
}

static void
free_texts (char **texts)
{
  g_strfreev (texts);
}

void
sw_block_free (SwBlock *block)
{
  if (block == NULL)
    return;

  switch (block->kind)
    {
    case SW_BLOCK_PARAGRAPH:
    case SW_BLOCK_HEADING:
      g_free (((SwTextBlock *) block)->text);
      break;

    case SW_BLOCK_FACTS:
      {
        SwFactsBlock *self = (SwFactsBlock *) block;

        for (guint i = 0; self->facts != NULL && i < self->n_facts; i++)
          {
            g_free (self->facts[i].value);
            g_free (self->facts[i].label);
            g_free (self->facts[i].detail);
          }
        g_free (self->facts);
      }
      break;

    case SW_BLOCK_LIST:
      {
        SwListBlock *self = (SwListBlock *) block;

        for (guint i = 0; self->items != NULL && i < self->n_items; i++)
          {
            g_free (self->items[i].title);
            g_free (self->items[i].text);
          }
        g_free (self->items);
      }
      break;

    case SW_BLOCK_COMPARE:
      {
        SwCompareBlock *self = (SwCompareBlock *) block;

        for (guint i = 0; self->rows != NULL && i < self->n_rows; i++)
          {
            g_free (self->rows[i].label);
            free_texts (self->rows[i].values);
          }
        g_free (self->rows);
      }
      break;

    case SW_BLOCK_COLUMNS:
      {
        SwColumnsBlock *self = (SwColumnsBlock *) block;

        for (guint i = 0; self->columns != NULL && i < self->n_columns; i++)
          {
            g_free (self->columns[i].heading);
            free_texts (self->columns[i].items);
          }
        g_free (self->columns);
      }
      break;

    case SW_BLOCK_PROS_CONS:
      {
        SwProsConsBlock *self = (SwProsConsBlock *) block;

        for (guint i = 0; self->entries != NULL && i < self->n_entries; i++)
          {
            free_texts (self->entries[i].pros);
            free_texts (self->entries[i].cons);
          }
        g_free (self->entries);
      }
      break;

    case SW_BLOCK_CHART:
      {
        SwChartBlock *self = (SwChartBlock *) block;

        g_free (self->unit);
        g_free (self->note);
        for (guint i = 0; self->bars != NULL && i < self->n_bars; i++)
          g_free (self->bars[i].label);
        g_free (self->bars);
      }
      break;

    case SW_BLOCK_TABLE:
      {
        SwTableBlock *self = (SwTableBlock *) block;

        free_texts (self->columns);
        for (gsize i = 0; self->cells != NULL && i < (gsize) self->n_rows * self->n_columns; i++)
          {
            g_free (self->cells[i].text);
            g_free (self->cells[i].note);
          }
        g_free (self->cells);
      }
      break;

    default:
      break;
    }

  g_free (block->title);
  g_free (block);
}
