"""What the bot says, in English and Arabic (Telegram HTML; values are escaped by :func:`say`)."""

from __future__ import annotations

import html

from alerts.subscriptions.vocabulary import CATEGORIES

_CATEGORY_LIST = {
    "en": ", ".join(f"<code>{name}</code>" for name in CATEGORIES),
    "ar": "، ".join(f"<code>{name}</code> ({category.labels['ar']})" for name, category in CATEGORIES.items()),
}

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "welcome": "👋 <b>Nadhir</b> sends alerts when reports of an event (airstrikes, shelling, "
                   "withdrawals…) surge in a region.",
        "help": (
            "<b>Commands</b>\n"
            "/subscribe &lt;category&gt; [region] [min-severity] — e.g. <code>/subscribe airstrike Hama warning</code>\n"
            "/unsubscribe [category [region]] — without arguments: everything\n"
            "/list — your subscriptions and settings\n"
            "/mute &lt;duration&gt; — e.g. <code>/mute 30m</code>, <code>4h</code>, <code>1d</code>\n"
            "/unmute\n"
            "/silence &lt;category&gt; [region] &lt;duration&gt; [comment] — mute only those alerts here, "
            "e.g. <code>/silence airstrike Hama 4h</code>\n"
            "/silences — this chat's active silences\n"
            "/unsilence &lt;id&gt; — lift one\n"
            "/lang ar|en — language of messages\n"
            "/help\n\n"
            "Categories: {categories}\n"
            "Severities: <code>info</code>, <code>warning</code>, <code>critical</code>"
        ),
        "unknown_command": "I don't know that command.",
        "subscribe_usage": "Usage: <code>/subscribe &lt;category&gt; [region] [min-severity]</code>",
        "unknown_category": "Unknown category “{text}”.",
        "unknown_region": "Unknown region or country “{text}”. Try its name as in the news, e.g. Hama or حماة.",
        "subscribed": "✅ Subscribed: {what}.",
        "subscription_updated": "✅ Updated: {what}.",
        "lockdown_refused": "⛔ This bot is in lock-down mode: chat <code>{chat_id}</code> is not allowed to "
                            "subscribe. Ask an administrator to approve it (<code>/approve {chat_id}</code>).",
        "unsubscribed": "Removed {count} subscription(s).",
        "nothing_to_unsubscribe": "No matching subscription.",
        "list_empty": "No subscriptions. Try <code>/subscribe airstrike</code>.",
        "list_header": "<b>Your subscriptions</b>",
        "list_language": "Language: {language}",
        "list_muted": "🔕 Muted until {until} UTC",
        "list_inactive": "⚠️ Deliveries to this chat are stopped ({reason}); /start resumes them.",
        "anywhere": "everywhere",
        "min_severity": "≥ {severity}",
        "mute_usage": "Usage: <code>/mute &lt;duration&gt;</code>, e.g. <code>30m</code>, <code>4h</code>, <code>1d</code>.",
        "muted": "🔕 Muted until {until} UTC. /unmute to resume.",
        "unmuted": "🔔 Alerts resumed.",
        "not_muted": "This chat was not muted.",
        "silence_usage": "Usage: <code>/silence &lt;category&gt; [region] &lt;duration&gt; [comment]</code>, "
                         "e.g. <code>/silence airstrike Hama 4h</code>.",
        "silenced": "🔕 Silenced here until {until} UTC: {what}. Id <code>{id}</code>; "
                    "<code>/unsilence {id}</code> lifts it.",
        "too_many_silences": "This chat already has {count} active silences; lift one with /unsilence first.",
        "silences_empty": "No active silences in this chat.",
        "silences_header": "<b>Silences in this chat</b>",
        "silence_line": "• <code>{id}</code> {what} — until {until} UTC",
        "silence_comment": "   “{comment}”",
        "unsilence_usage": "Usage: <code>/unsilence &lt;id&gt;</code>; /silences lists the ids.",
        "unsilenced": "🔔 Silence <code>{id}</code> lifted: {what}.",
        "no_such_silence": "No silence <code>{id}</code> in this chat; /silences lists them.",
        "silence_already_ended": "Silence <code>{id}</code> has already ended.",
        "lang_usage": "Usage: <code>/lang ar</code> or <code>/lang en</code>",
        "lang_set": "Language set to English.",
        "admin_only": "Only administrators can do that.",
        "approve_usage": "Usage: <code>/approve &lt;chat_id&gt;</code>",
        "approved": "Chat <code>{chat_id}</code> may now subscribe.",
        "revoke_usage": "Usage: <code>/revoke &lt;chat_id&gt;</code>",
        "revoked": "Chat <code>{chat_id}</code> may no longer subscribe; its deliveries are stopped.",
        "resumed": "Deliveries to this chat resumed.",
        "not_a_command": "Send a command, e.g. /help.",
    },
    "ar": {
        "welcome": "👋 <b>نذير</b> يرسل تنبيهات عندما تتزايد التقارير عن حدث (غارات، قصف، انسحابات…) في منطقة ما.",
        "help": (
            "<b>الأوامر</b>\n"
            "/subscribe &lt;الفئة&gt; [المنطقة] [أدنى خطورة] — مثال: <code>/subscribe غارات حماة تحذير</code>\n"
            "/unsubscribe [الفئة [المنطقة]] — دون وسائط: إلغاء كل الاشتراكات\n"
            "/list — اشتراكاتك وإعداداتك\n"
            "/mute &lt;المدة&gt; — مثال: <code>/mute 30m</code>، <code>4h</code>، <code>1d</code>\n"
            "/unmute — استئناف التنبيهات\n"
            "/silence &lt;الفئة&gt; [المنطقة] &lt;المدة&gt; [تعليق] — كتم هذه التنبيهات وحدها هنا، "
            "مثال: <code>/silence غارات حماة 4h</code>\n"
            "/silences — الكتم النشط في هذه المحادثة\n"
            "/unsilence &lt;المعرّف&gt; — رفع كتم\n"
            "/lang ar|en — لغة الرسائل\n"
            "/help — المساعدة\n\n"
            "الفئات: {categories}\n"
            "الخطورة: <code>info</code> (معلومات)، <code>warning</code> (تحذير)، <code>critical</code> (حرج)"
        ),
        "unknown_command": "لا أعرف هذا الأمر.",
        "subscribe_usage": "الاستخدام: <code>/subscribe &lt;الفئة&gt; [المنطقة] [أدنى خطورة]</code>",
        "unknown_category": "فئة غير معروفة «{text}».",
        "unknown_region": "منطقة أو دولة غير معروفة «{text}». جرّب اسمها كما يرد في الأخبار، مثل حماة أو Hama.",
        "subscribed": "✅ تم الاشتراك: {what}.",
        "subscription_updated": "✅ تم التحديث: {what}.",
        "lockdown_refused": "⛔ البوت في وضع الإغلاق: المحادثة <code>{chat_id}</code> غير مسموح لها بالاشتراك. "
                            "اطلب من أحد المشرفين الموافقة عليها (<code>/approve {chat_id}</code>).",
        "unsubscribed": "تم إلغاء {count} اشتراك.",
        "nothing_to_unsubscribe": "لا يوجد اشتراك مطابق.",
        "list_empty": "لا توجد اشتراكات. جرّب <code>/subscribe غارات</code>.",
        "list_header": "<b>اشتراكاتك</b>",
        "list_language": "اللغة: {language}",
        "list_muted": "🔕 التنبيهات مكتومة حتى {until} UTC",
        "list_inactive": "⚠️ الإرسال إلى هذه المحادثة متوقف ({reason})؛ أرسل /start لاستئنافه.",
        "anywhere": "كل المناطق",
        "min_severity": "≥ {severity}",
        "mute_usage": "الاستخدام: <code>/mute &lt;المدة&gt;</code>، مثل <code>30m</code> أو <code>4h</code> أو <code>1d</code>.",
        "muted": "🔕 تم كتم التنبيهات حتى {until} UTC. أرسل /unmute للاستئناف.",
        "unmuted": "🔔 تم استئناف التنبيهات.",
        "not_muted": "هذه المحادثة ليست مكتومة.",
        "silence_usage": "الاستخدام: <code>/silence &lt;الفئة&gt; [المنطقة] &lt;المدة&gt; [تعليق]</code>، "
                         "مثل <code>/silence غارات حماة 4h</code>.",
        "silenced": "🔕 تم الكتم في هذه المحادثة حتى {until} UTC: {what}. المعرّف <code>{id}</code>؛ "
                    "أرسل <code>/unsilence {id}</code> لرفعه.",
        "too_many_silences": "لدى هذه المحادثة {count} كتم نشط؛ ارفع أحدها بالأمر /unsilence أولاً.",
        "silences_empty": "لا يوجد كتم نشط في هذه المحادثة.",
        "silences_header": "<b>الكتم في هذه المحادثة</b>",
        "silence_line": "• <code>{id}</code> {what} — حتى {until} UTC",
        "silence_comment": "   «{comment}»",
        "unsilence_usage": "الاستخدام: <code>/unsilence &lt;المعرّف&gt;</code>؛ أرسل /silences لعرض المعرّفات.",
        "unsilenced": "🔔 تم رفع الكتم <code>{id}</code>: {what}.",
        "no_such_silence": "لا يوجد كتم <code>{id}</code> في هذه المحادثة؛ أرسل /silences لعرضها.",
        "silence_already_ended": "انتهى الكتم <code>{id}</code> من قبل.",
        "lang_usage": "الاستخدام: <code>/lang ar</code> أو <code>/lang en</code>",
        "lang_set": "تم ضبط اللغة على العربية.",
        "admin_only": "هذا الأمر للمشرفين فقط.",
        "approve_usage": "الاستخدام: <code>/approve &lt;chat_id&gt;</code>",
        "approved": "أصبح بإمكان المحادثة <code>{chat_id}</code> الاشتراك.",
        "revoke_usage": "الاستخدام: <code>/revoke &lt;chat_id&gt;</code>",
        "revoked": "لم يعد بإمكان المحادثة <code>{chat_id}</code> الاشتراك، وتوقف الإرسال إليها.",
        "resumed": "تم استئناف الإرسال إلى هذه المحادثة.",
        "not_a_command": "أرسل أمراً، مثل /help.",
    },
}

LANGUAGE_NAMES = {"en": "English", "ar": "العربية"}


def say(language: str, key: str, /, **values: object) -> str:
    """The text ``key`` in ``language`` (English if unknown), with ``values`` HTML-escaped."""
    texts = TEXTS.get(language, TEXTS["en"])
    template = texts.get(key) or TEXTS["en"][key]
    escaped = {name: html.escape(str(value), quote=True) for name, value in values.items()}
    if key == "help":
        escaped["categories"] = _CATEGORY_LIST.get(language, _CATEGORY_LIST["en"])
    return template.format(**escaped)
