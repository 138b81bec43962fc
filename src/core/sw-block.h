/* sw-block.h — the typed blocks of a comparison section, as the dataset loader checked them
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The block types of docs/dataset-format.md. Each kind has a struct of its
 * own below, which starts with an SwBlock; sw_block_get_kind says which. */
typedef enum
{
  SW_BLOCK_PARAGRAPH,
  SW_BLOCK_HEADING,
  SW_BLOCK_FACTS,
  SW_BLOCK_LIST,
  SW_BLOCK_COMPARE,
  SW_BLOCK_COLUMNS,
  SW_BLOCK_PROS_CONS,
  SW_BLOCK_CHART,
  SW_BLOCK_TABLE,
} SwBlockKind;

/* Every text below is checked (not blank, no NUL) and, for the shipped
 * dataset, translated. A technology or preset is an index into the
 * dataset's list, -1 when the block names none. */
typedef struct
{
  SwBlockKind  kind;
  char        *title;       /* NULL when the block has none */
} SwBlock;

/* paragraph, heading */
typedef struct
{
  SwBlock  block;
  char    *text;
} SwTextBlock;

typedef struct
{
  char *value;              /* "45%" */
  char *label;
  char *detail;             /* or NULL */
  int   technology;
} SwFact;

typedef struct
{
  SwBlock  block;
  SwFact  *facts;
  guint    n_facts;
} SwFactsBlock;

typedef struct
{
  char *title;              /* or NULL */
  char *text;
} SwListItem;

typedef struct
{
  SwBlock     block;
  int         technology;
  SwListItem *items;
  guint       n_items;
} SwListBlock;

typedef struct
{
  char  *label;
  char **values;            /* one per technology, in the dataset's order */
} SwCompareRow;

typedef struct
{
  SwBlock       block;
  SwCompareRow *rows;
  guint         n_rows;
} SwCompareBlock;

/* A card per technology the block names, in the dataset's order. */
typedef struct
{
  int    technology;
  char  *heading;
  char **items;             /* NULL-terminated */
} SwColumn;

typedef struct
{
  SwBlock   block;
  SwColumn *columns;
  guint     n_columns;
} SwColumnsBlock;

typedef struct
{
  int    technology;
  char **pros;              /* NULL-terminated */
  char **cons;
} SwProsAndCons;

typedef struct
{
  SwBlock        block;
  SwProsAndCons *entries;
  guint          n_entries;
} SwProsConsBlock;

typedef struct
{
  int       technology;
  double    low;
  double    high;           /* low when the source gives one figure */
  gboolean  open_ended;     /* "at least low" */
  char     *label;          /* the figure as the source writes it */
} SwBar;

typedef struct
{
  SwBlock  block;           /* title always set */
  char    *unit;
  char    *note;            /* or NULL */
  SwBar   *bars;
  guint    n_bars;
} SwChartBlock;

typedef struct
{
  char *text;
  char *note;               /* or NULL */
  int   technology;
  int   preset;
} SwTableCell;

typedef struct
{
  SwBlock      block;
  char       **columns;     /* NULL-terminated, n_columns */
  guint        n_columns;
  SwTableCell *cells;       /* n_rows × n_columns, row by row */
  guint        n_rows;
} SwTableBlock;

static inline SwBlockKind
sw_block_get_kind (const SwBlock *block)
{
  return block->kind;
}

void sw_block_free (SwBlock *block);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwBlock, sw_block_free)

G_END_DECLS
