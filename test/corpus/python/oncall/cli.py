"""oncall — small CLI around the PagerDuty REST API."""
import os

import pagerduty
import typer

app = typer.Typer(help="Who is on call, and what is paging them.")


def _client(token: str | None) -> pagerduty.RestApiV2Client:
    token = token or os.environ.get("PAGERDUTY_TOKEN")
    if not token:
        raise typer.BadParameter("pass --token or set PAGERDUTY_TOKEN (a 20-character REST API key)")
    return pagerduty.RestApiV2Client(token, default_from=os.environ.get("PAGERDUTY_FROM"))


@app.command()
def who(schedule: str, token: str = typer.Option(None, "--token", "-t", envvar="PAGERDUTY_TOKEN")):
    """Print the user on call for SCHEDULE now."""
    oncalls = _client(token).list_all("oncalls", params={"schedule_ids[]": [schedule], "earliest": True})
    for o in oncalls:
        typer.echo(f"{o['escalation_level']}: {o['user']['summary']}")


if __name__ == "__main__":
    app()
