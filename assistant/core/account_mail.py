"""How much the other business a mail names weighs against its job words (pure).

Each topic of other business (``data/cues.toml`` [not_job]) counts 1.5. A job site's own
mail about the user's account (a new password, a survey, a profile to finish, a plan paid
for) speaks the site's trade, CVs, recruiters and jobs, in every line: one such topic
stood against three job words and lost, and the password reset was job mail. A topic of
the account's service counts twice: it says what the mail is for.
"""

from __future__ import annotations

from collections.abc import Set

__all__ = ["ACCOUNT_TOPICS", "topic_weight"]

#: topics of a site's service to the account holder (each is in [not_job] topics too)
ACCOUNT_TOPICS = frozenset(
    {
        # a password
        "reset your password", "reset the password", "new password", "change your password",
        "change the password", "password was changed", "password has been changed",
        "passwort zurücksetzen", "neues passwort", "passwort wurde geändert",
        "wachtwoord opnieuw instellen", "nieuw wachtwoord", "wachtwoord is gewijzigd",
        "réinitialiser votre mot de passe", "nouveau mot de passe", "mot de passe a été modifié",
        "restablecer tu contraseña", "restablecer la contraseña", "cambiar la contraseña",
        "nueva contraseña", "reimposta la password", "reimpostare la password", "nuova password",
        "redefinir senha", "redefinir a sua senha", "redefinir sua senha", "nova senha",
        "nova palavra-passe", "alterar a palavra-passe", "repor a palavra-passe",
        "recuperar a palavra-passe",
        # a survey
        "survey", "short survey", "satisfaction survey", "our survey", "take our survey",
        "umfrage", "befragung", "enquête", "court questionnaire", "encuesta", "breve encuesta",
        "una encuesta", "sondaggio", "inquérito",
        # a profile to finish
        "complete your profile", "complete my profile", "finish setting up your profile",
        "finish my profile", "profil vervollständigen", "vervollständige dein profil",
        "profiel aanvullen", "je profiel compleet", "complétez votre profil",
        "completa tu perfil", "completar perfil", "completa il tuo profilo",
        "complete o seu perfil", "completar o perfil",
        # a plan paid for
        "your payment", "premium plan", "premium-abo", "zahlungsbestätigung", "deine zahlung",
        "ihre zahlung", "je betaling", "uw betaling", "votre paiement", "votre abonnement",
        "tu pago", "suscripción", "o seu pagamento",
    }
)  # fmt: skip


def topic_weight(topics: Set[str]) -> float:
    """The weight of the other business ``topics`` name: 1.5 each, 3 for the account's;
    an account's topic inside a longer one found ("survey" in "short survey") is the same
    mention, counted once."""
    return sum(
        1.5 if topic not in ACCOUNT_TOPICS else 0.0 if _inside(topic, topics) else 3.0
        for topic in topics
    )


def _inside(topic: str, topics: Set[str]) -> bool:
    return any(topic != other and topic in other for other in topics)
