"""``flask disclosure check`` — check posts from a file (JSON lines, JSON array or CSV), from
stdin (``-``) or one text given with ``--text``; compare with labels when the file has them."""
from __future__ import annotations

import json
import sys

import click
from flask.cli import AppGroup

from advocacy.disclosure import check, sectors
from advocacy.disclosure.services import Agreement, ItemError, read_items, result_dict

cli = AppGroup("disclosure", help="The disclosure checker.")


def _context_from_options(context_json, rewarded, employee, brand, retouched, virtual, sector, jurisdiction):
    context = {}
    if context_json:
        try:
            context = json.loads(context_json)
        except ValueError as exc:
            raise click.BadParameter(f"not JSON: {exc}", param_hint="--context") from None
        if not isinstance(context, dict):
            raise click.BadParameter("must be a JSON object", param_hint="--context")
    if sector is not None:
        try:
            sectors.normalize(sector)
        except sectors.UnknownSector as exc:
            raise click.BadParameter(str(exc), param_hint="--sector") from None
    for key, value in (("rewarded", rewarded), ("employee", employee), ("brand", brand),
                       ("image_retouched", retouched), ("image_virtual", virtual), ("sector", sector),
                       ("jurisdiction", jurisdiction)):
        if value is not None:
            context[key] = value
    return context


@cli.command("check")
@click.argument("file", required=False, type=click.File("r", encoding="utf-8-sig"))
@click.option("--text", "text", help="Check this one text ('-' reads the text from stdin).")
@click.option("--network", help="Network for --text: linkedin, instagram, facebook, x, bluesky, mastodon.")
@click.option("--lang", help="Language of the post for --text (default: detected).")
@click.option("--context", "context_json", help="Context for --text as JSON.")
@click.option("--rewarded/--not-rewarded", default=None, help="The author receives a reward (--text).")
@click.option("--employee/--not-employee", default=None, help="The author works for the brand (--text).")
@click.option("--brand", help="Brand name (--text).")
@click.option("--retouched", is_flag=True, default=None, help="The image is retouched (--text).")
@click.option("--virtual", is_flag=True, default=None, help="The image is virtual (--text).")
@click.option("--sector", help="Sector (--text): " + ", ".join(sectors.SECTORS) + " (the text is read for sectors anyway).")
@click.option("--jurisdiction", type=click.Choice(["fr", "us", "uk"]), help="Jurisdiction (--text).")
@click.option("--format", "fmt", type=click.Choice(["auto", "jsonl", "json", "csv"]), default="auto",
              help="Input format (default: guessed from the content).")
@click.option("--output", type=click.Choice(["jsonl", "table"]), default="jsonl",
              help="One JSON result per line (default) or a readable table.")
@click.option("--locale", type=click.Choice(["fr", "en"]), help="Language of messages (default: the post's).")
@click.option("--summary", "summary", type=click.Choice(["full", "counts", "none"]), default="full",
              help="When items carry labels, print to stderr the agreement and every breach judged pass (full), "
                   "figures only, never a text (counts: agreement, breaches judged pass, sound posts judged fail, "
                   "agreement per 'category'), or nothing (none).")
@click.option("--no-summary", "no_summary", is_flag=True, help="Same as --summary=none.")
@click.option("--disagreements", is_flag=True, help="With --summary, also list every disagreement.")
def check_command(file, text, network, lang, context_json, rewarded, employee, brand, retouched, virtual,
                  sector, jurisdiction, fmt, output, locale, summary, no_summary, disagreements):
    """Check FILE (JSON lines: {"text", "network", "lang"?, "context": {...}, "expected"?}; a JSON
    array; or CSV with columns text, network, lang, rewarded, employee, brand, image_retouched,
    image_virtual, sector, jurisdiction, expected). '-' reads stdin. Prints one JSON result per
    line in the same order; a malformed line prints {"error": ...} and the rest go on."""
    if text is not None:
        if text == "-":
            text = sys.stdin.read()
        if not network:
            raise click.UsageError("--network is required with --text")
        context = _context_from_options(context_json, rewarded, employee, brand, retouched, virtual, sector,
                                        jurisdiction)
        result = check(text, network, lang, context)
        if output == "table":
            _print_table_row(1, result.to_dict(locale), None)
            click.echo(f"suggested: {result.suggested_text}")
        else:
            click.echo(json.dumps(result.to_dict(locale), ensure_ascii=False))
        return
    if file is None:
        raise click.UsageError("give a FILE (or '-' for stdin), or --text")
    data = file.read()
    agreement = Agreement()
    for line, item in read_items(data, None if fmt == "auto" else fmt):
        if isinstance(item, ItemError):
            agreement.errors += 1
            payload = {"line": line, "error": str(item)}
            click.echo(json.dumps(payload, ensure_ascii=False) if output == "jsonl" else f"{line:>5}  ERROR  {item}")
            continue
        out = result_dict(item, locale)
        agreement.add(line, item, out["verdict"], [f["rule"] for f in out["findings"]])
        if output == "table":
            _print_table_row(line, out, item.text)
        else:
            click.echo(json.dumps(out, ensure_ascii=False))
    if no_summary:
        summary = "none"
    if summary == "counts" and agreement.total:
        click.echo(agreement.counts(), err=True)
    elif summary == "full" and agreement.total:
        click.echo(agreement.report(show_all=disagreements), err=True)


def _print_table_row(line, out, text):
    expected = out.get("expected")
    mark = "" if expected is None else ("  ok " if out.get("agrees") else " XX ")
    rules = ",".join(f["rule"] for f in out["findings"]) or "-"
    excerpt = (text or "").replace("\n", "⏎")[:70]
    exp = f" (expected {expected})" if expected else ""
    click.echo(f"{line:>5} {mark}{out['verdict']:<4}{exp}  {rules}  {excerpt}")
