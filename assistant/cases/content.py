"""The words for every code the assessment engine produces: English msgids, lazily translated.

The Simplified Chinese waits in locale-pending/content_zh.json until it is merged into the
zh_Hans catalogue. Plain dicts, keyed by the engine's codes (stage_content.py,
suggestions.py, conduct.py, lenders.py, money.py, casefile.py, data/sources.json): the case
page, the call log and the letters look codes up here. Written from shared/legal/FACTS.md:
practice is "usually" or "often", law is "the rule says"; nothing promises an outcome or
tells anyone not to pay a lawful debt. Unverified sources show CHECK_OFFICIAL_TEXT.
FLAG_SUMMARY holds (singular, plural) msgids with a %(count)d placeholder: pick one by
count, then format with {"count": n}. CASE_FILE_PROBLEMS take %(path)s and, for choice and
format, %(allowed)s.
"""

from django.utils.translation import gettext_lazy as _

from assistant.assessment.conduct import daily_limits

# The seven stages of the timeline (stages.py): a name and what the stage usually means.
STAGES = {
    "not_yet_due": {
        "name": _("Not yet due"),
        "summary": _(
            "No payment has been missed yet; this is usually the easiest time to "
            "ask the lender for more time or a plan."
        ),
    },
    "early_reminder": {
        "name": _("First days overdue"),
        "summary": _(
            "In the first few days after a missed payment, lenders usually send "
            "reminders by app, text message and automated calls, and many allow a "
            "short grace period."
        ),
    },
    "early_collection": {
        "name": _("Early collection"),
        "summary": _(
            "Usually up to about a month overdue: the lender's own collectors "
            "call, penalty interest is added, and the overdue may be reported to "
            "your credit record."
        ),
    },
    "outsourced_collection": {
        "name": _("Collection by an agency"),
        "summary": _(
            "Usually one to three months overdue: the lender often hands the debt "
            "to a collection agency, which may call more often and send letters "
            "that sound legal."
        ),
    },
    "serious_delinquency": {
        "name": _("Serious delinquency"),
        "summary": _(
            "After about 90 days the loan usually counts as non-performing, and "
            "the lender may sell the debt, pass it to lawyers or prepare a "
            "lawsuit."
        ),
    },
    "legal_action": {
        "name": _("Court or arbitration"),
        "summary": _(
            "The lender has gone to court or arbitration, or asked a court for a "
            "payment order; the deadlines in the court's papers matter."
        ),
    },
    "enforcement": {
        "name": _("Court enforcement"),
        "summary": _(
            "After a judgment that is not paid or settled, the lender can ask the "
            "court to enforce it, for example by freezing accounts or deducting "
            "wages."
        ),
    },
}

# What usually happens in a stage (stage_content.py `events`).
EVENTS = {
    "app_sms_reminders": _("Reminders in the app and by text message"),
    "robot_calls": _("Automated (robot) calls"),
    "customer_service_calls": _("Calls from customer service"),
    "internal_collector_calls": _("Calls from the lender's own collectors"),
    "third_party_agency_calls": _("Calls from a collection agency"),
    "penalty_notices": _("Notices of penalty interest and fees"),
    "emergency_contacts_contacted": _("Calls to your emergency contacts"),
    "legal_letters": _("“Lawyer's letters” and other legal-sounding letters"),
    "debt_sold_or_transferred": _("The debt sold or passed to another company"),
    "lawyers_instructed": _("The debt passed to lawyers"),
    "pre_suit_mediation_calls": _("Calls about mediation before a lawsuit"),
    "bank_sms_reminders": _("Text-message reminders from the bank"),
    "bank_calls": _("Calls from the bank"),
    "bank_collector_calls": _("Calls from the bank's collectors"),
    "card_frozen": _("The card frozen"),
    "formal_collection_demands": _("Formal demands for payment"),
    "debt_written_off_or_transferred": _(
        "The debt written off in the bank's books, or transferred"
    ),
    "court_summons_served": _("A court summons served on you"),
    "payment_order_served": _("A payment order served on you"),
    "enforcement_application": _("The lender asks the court to enforce a judgment"),
    "account_freeze": _("Bank accounts frozen by the court"),
    "wage_deduction": _("Wages deducted on the court's order"),
}

# What a stage can lead to (stage_content.py `consequences`).
CONSEQUENCES = {
    "none_yet": _(
        "Nothing has happened yet: there is no penalty interest and no "
        "credit-record entry until a payment is missed."
    ),
    "grace_period_possible": _(
        "Many lenders allow a short grace period of a few days; your contract "
        "says whether yours does."
    ),
    "penalty_interest_accrues": _(
        "Penalty interest and late fees are usually added for each day the payment is late."
    ),
    "credit_report_entry_possible": _(
        "The overdue can be reported to your credit record, sometimes after a "
        "single day; the rule says the lender must tell you before it reports "
        "it."
    ),
    "third_party_agency_collection": _(
        "An outside collection agency may start calling you; for banks and "
        "consumer-finance companies, the rule says the lender answers for how "
        "its agency behaves."
    ),
    "emergency_contacts_may_be_contacted": _(
        "Collectors may call your emergency contacts when they cannot reach "
        "you, but the collection standards say they must not tell them about "
        "the debt or call again once they object."
    ),
    "debt_non_performing": _(
        "After 90 days the loan usually counts as non-performing in the "
        "lender's books, which often leads to the debt being sold, passed to "
        "lawyers or taken to court."
    ),
    "debt_may_be_sold": _(
        "The lender may sell or transfer the debt to another company; ask for "
        "proof of the transfer before you pay anyone new."
    ),
    "lawsuit_or_arbitration_possible": _(
        "The lender may sue you or start arbitration. Court papers can be "
        "handed to you, posted, sent electronically (a text message from "
        "12368 or a court platform can be real) or served by public notice, "
        "and a case can go ahead without you. Check any court message with "
        "12368 or the court itself, never ignore it, and never use a link or "
        "account number that only the message gives."
    ),
    "payment_order_possible": _(
        "The lender may ask a court for a payment order, which is issued "
        "without a hearing. You would have 15 days from service to object in "
        "writing, and only an objection to the debt itself (that it is not "
        "owed, the amount, the interest or fees, or that it is too old) "
        "counts."
    ),
    "credit_record_kept_5_years": _(
        "The rule says a negative credit record is kept for 5 years from the "
        "day the overdue ends, then deleted."
    ),
    "card_frozen": _(
        "The bank usually stops the card, so it cannot be used until the arrears are sorted out."
    ),
    "malicious_overdraft_risk": _(
        "For a large card debt there is a narrow criminal risk: the rule says "
        "it needs intent to take the money, at least 50,000 yuan of unpaid "
        "principal (interest and fees do not count), two demands at least 30 "
        "days apart and more than 3 months still unpaid — real hardship is "
        "not intent."
    ),
    "court_case": _(
        "In a court case a judge decides what is owed. You have 15 days from "
        "receiving the complaint to file a defence, and you can put your "
        "side; if you do not take part, the court can decide without you."
    ),
    "judgment_possible": _(
        "If the case goes ahead, the court gives a judgment, or confirms a "
        "mediation agreement, that says what must be paid and by when."
    ),
    "account_freeze_after_judgment": _(
        "The court can freeze and deduct bank accounts to enforce a judgment, "
        "a court-confirmed mediation agreement, an unchallenged payment "
        "order, an arbitral award or a notarised debt instrument. At the "
        "lender's request it can also freeze accounts or property as "
        "preservation, before or during a lawsuit."
    ),
    "wage_deduction_after_judgment": _(
        "In enforcement the court can order part of your wages to be "
        "deducted; what you and the people you support need to live on is "
        "kept out."
    ),
    "dishonest_list_if_refusing": _(
        "The list of dishonest judgment debtors is for people who can pay but "
        "refuse, evade or obstruct enforcement, or break an enforcement "
        "settlement; only a court in an enforcement case puts someone on it."
    ),
    "consumption_restriction": _(
        "If you do not pay within the period an enforcement notice sets, the "
        "court can restrict spending such as flights, every seat on G trains, "
        "first class on other bullet trains, and luxury purchases."
    ),
    "preservation_possible": _(
        "Before or during a lawsuit, the court can freeze accounts or property as preservation at "
        "the lender's request, so a freeze can come before any judgment."
    ),
    "judgment_in_absence": _(
        "Papers served by public notice count as served 30 days later, and a defendant who does "
        "not appear can be judged in absence: never ignore a court message, check it."
    ),
    "obstruction_penalties": _(
        "Refusing to declare assets or obstructing enforcement can bring a fine or up to 15 days' "
        "detention, and refusing to carry out a judgment you are able to carry out can be a "
        "crime. This is about obeying a court, not about owing money."
    ),
    "settlement_still_possible": _(
        "You can still settle at every step: in court mediation, or with an enforcement "
        "settlement during enforcement. Agree only to amounts you can pay, and get it in writing."
    ),
    "interest_above_cap_not_enforced": _(
        "On a loan from a person, the rule says courts do not support "
        "interest above four times the one-year LPR at the time the loan was "
        "made."
    ),
}

# What collectors often claim, and what is really true (stage_content.py `bluffs`).
BLUFFS = {
    "bluff_arrest": {
        "claim": _("The police will come and arrest you tomorrow."),
        "truth": _(
            "Not paying a loan is a civil matter: the police do not arrest people "
            "for ordinary loan arrears. There are two narrow exceptions: "
            "credit-card malicious overdraft, which needs intent to take the "
            "money and strict conditions; and, only once a court is enforcing a "
            "judgment, hiding assets or obstructing the court, which can bring a "
            "fine or detention."
        ),
    },
    "bluff_criminal_record": {
        "claim": _("This will go on your criminal record and follow your children."),
        "truth": _(
            "An overdue loan is not a crime and leaves no criminal record. It can "
            "appear in your credit record, which is a separate thing and is "
            "deleted after a set time."
        ),
    },
    "bluff_lawsuit_tomorrow": {
        "claim": _("We are filing a lawsuit tomorrow — this is your last chance."),
        "truth": _(
            "Lenders do sometimes sue, but a real case goes through a court, "
            "which serves its papers in person, by post, electronically or by "
            "public notice. Check any court message with 12368 or the court "
            "itself. “Tomorrow” and “last chance” are often said just to create "
            "pressure."
        ),
    },
    "bluff_lawyer_letter_is_court": {
        "claim": _("This lawyer's letter is a court document."),
        "truth": _(
            "A lawyer's letter is a letter from one side and has no court power. "
            "Real court papers come from the court and can be checked with the "
            "court."
        ),
    },
    "bluff_family_must_pay": {
        "claim": _("Your parents will have to pay if you don't."),
        "truth": _(
            "Parents, children, friends and colleagues do not owe your debt "
            "unless they signed as a guarantor. A spouse can share a debt where "
            "the loan paid for the household's needs; whether that is so is for a "
            "court to decide, not a collector."
        ),
    },
    "bluff_pay_fee_to_stop_collection": {
        "claim": _(
            "Pay a service fee and we will stop the collection and clean your credit record."
        ),
        "truth": _(
            "What you owe is what the contract and the law allow, not extra "
            "“collection fees”, and paid offers to stop collection or repair a "
            "credit record are a widespread scam. Pay only what you owe, and only "
            "through the lender's official channels."
        ),
    },
    "bluff_contact_everyone": {
        "claim": _("We will call everyone in your phone book and tell them you owe money."),
        "truth": _(
            "The rule says nobody may reveal your private information without "
            "consent, and the collection standards forbid telling your contacts "
            "about the debt. If it happens, write it down: it is grounds for a "
            "complaint."
        ),
    },
    "bluff_visit_today": {
        "claim": _("Our people are coming to your home and your workplace today."),
        "truth": _(
            "This is often said only to frighten you. Even a real visit gives no "
            "right to enter without your consent, threaten you or tell neighbours "
            "about the debt; if someone threatens you or will not leave, call "
            "110."
        ),
    },
    "bluff_court_papers_by_sms": {
        "claim": _("You have been sued: this text message is your court notice."),
        "truth": _(
            "Courts do serve papers electronically, so a text message can be real "
            "— from 12368 or a court platform, not from a collector. Check it "
            "yourself: call 12368 or the court's own number, or look the case up "
            "on the court's online service platform. Never ignore it, and never "
            "use a link, number or account that only the message gives."
        ),
    },
    "bluff_blacklist_now": {
        "claim": _("You are on the blacklist now: no more flights or high-speed trains."),
        "truth": _(
            "Spending restrictions and the list of dishonest judgment debtors "
            "come only from a court in an enforcement case: restrictions when a "
            "debtor does not pay within the enforcement notice's period, the list "
            "for those who can pay and refuse, evade or obstruct. A collector "
            "cannot put you on any list."
        ),
    },
    "bluff_accounts_frozen_now": {
        "claim": _("Your bank cards and WeChat Pay will be frozen today."),
        "truth": _(
            "A lender or a collector cannot freeze your accounts on its own: only "
            "a court can, to enforce a judgment or another enforceable document, "
            "or, at the lender's request, as preservation before or during a "
            "lawsuit. A bank can also take money in your own account at that bank "
            "to set off its debt."
        ),
    },
}

# What the reader can do: stage actions (stage_content.py) and case actions
# (suggestions.py ACTION_RULES).
ACTIONS = {
    "log_every_call": {
        "title": _("Write down every call"),
        "detail": _(
            "Straight after each call, note the time, number, name, company and "
            "what was said; the call log here takes seconds. Keep screenshots of "
            "messages too."
        ),
    },
    "check_contract_grace_period": {
        "title": _("Check your contract for a grace period"),
        "detail": _(
            "Look in the loan contract or the app for a grace period and the "
            "penalty rate, so you know what really applies to you."
        ),
    },
    "make_budget": {
        "title": _("Make a simple budget"),
        "detail": _(
            "Write down what comes in and what must go out each month (rent, "
            "food, medicine); what is left is what you can honestly offer."
        ),
    },
    "contact_lender_early": {
        "title": _("Contact the lender early"),
        "detail": _(
            "Tell the lender yourself, through its official app or hotline, that "
            "you are struggling, and ask what it can offer; asking early is "
            "usually easier than late."
        ),
    },
    "ask_for_deferral": {
        "title": _("Ask for more time"),
        "detail": _(
            "Ask the lender for a short deferral or a new due date, explain why, "
            "and get any agreement in writing."
        ),
    },
    "ask_for_debt_details": {
        "title": _("Ask for a breakdown of the debt"),
        "detail": _(
            "Ask the lender in writing for the principal, interest, penalties and "
            "fees, and who is collecting for it; the letter here does this for "
            "you."
        ),
    },
    "ask_collector_identity": {
        "title": _("Ask who is calling"),
        "detail": _(
            "Ask for the collector's full name, company and who authorised them "
            "to collect this debt; the collection standards say they must tell "
            "you."
        ),
    },
    "negotiate_instalments": {
        "title": _("Ask for an instalment plan"),
        "detail": _(
            "Offer a monthly amount your budget can really sustain, ask whether "
            "penalty interest can stop during the plan, and get it in writing."
        ),
    },
    "check_credit_report": {
        "title": _("Check your credit report"),
        "detail": _(
            "You can get your own credit report from the PBOC Credit Reference "
            "Center twice a year for free; if an entry is wrong, you can object."
        ),
    },
    "warn_family_and_contacts": {
        "title": _("Tell your family and contacts what to expect"),
        "detail": _(
            "Let the people close to you know they may get calls, that they do "
            "not owe your debt unless they signed for it (a spouse can share a "
            "loan that paid for the household), and that they can hang up and "
            "note the number."
        ),
    },
    "get_agreement_in_writing": {
        "title": _("Get every agreement in writing"),
        "detail": _(
            "A promise on the phone is not enough: ask for the plan, the amounts "
            "and the dates in writing (in the app, by message or by letter) "
            "before you pay."
        ),
    },
    "avoid_paid_debt_agencies": {
        "title": _("Avoid paid “debt help” agencies"),
        "detail": _(
            "Agencies that charge to stop collection, “optimise” debts or repair "
            "credit records are a widespread scam; they cannot do anything you "
            "cannot do yourself for free."
        ),
    },
    "ask_for_penalty_waiver": {
        "title": _("Ask for penalties to be waived"),
        "detail": _(
            "Ask the lender to waive or reduce penalty interest and fees, with "
            "proof of your hardship; lenders decide case by case."
        ),
    },
    "check_court_papers_12368": {
        "title": _("Check whether court papers are real"),
        "detail": _(
            "Court papers can be handed to you, posted, or sent by text message "
            "or a court platform. Call 12368 or the court's own number (look it "
            "up yourself), or check on the court's online service platform. Never "
            "use a link, number or account that only the message gives, and never "
            "ignore it."
        ),
    },
    "respond_to_court_papers": {
        "title": _("Respond to real court papers"),
        "detail": _(
            "Do not ignore them: note every deadline, attend the hearing or reply "
            "in writing, and bring your payment records and call log."
        ),
    },
    "object_to_payment_order_15_days": {
        "title": _("Object to a payment order within 15 days if you dispute it"),
        "detail": _(
            "If you dispute the debt itself — that you owe it, the amount, the "
            "interest or fees, or that it is too old — send the court a written "
            "objection within 15 days of service, by tracked mail (posting before "
            "the deadline is in time). Saying only that you cannot pay now does "
            "not stop the order; a valid objection normally turns it into a "
            "lawsuit."
        ),
    },
    "seek_legal_aid_12348": {
        "title": _("Get free legal advice"),
        "detail": _(
            "Call 12348 or visit a public legal service centre; if you cannot "
            "afford a lawyer, ask about legal aid."
        ),
    },
    "negotiate_settlement": {
        "title": _("Try to reach a settlement"),
        "detail": _(
            "Before or during the case you can still agree a plan with the lender "
            "or in court mediation; make sure the agreement is written down."
        ),
    },
    "keep_payment_proof": {
        "title": _("Keep proof of every payment"),
        "detail": _(
            "Save receipts, bank statements and screenshots of every payment, and "
            "pay only through official channels."
        ),
    },
    "agree_enforcement_plan": {
        "title": _("Ask for a plan during enforcement"),
        "detail": _(
            "Through the court's enforcement officer you can ask the lender for a "
            "repayment plan that fits what you can pay; keeping to an agreed plan "
            "can help avoid harsher measures."
        ),
    },
    "declare_assets_truthfully": {
        "title": _("Declare your assets truthfully"),
        "detail": _(
            "If the court asks you to report your property and income, answer "
            "honestly and on time; refusing or hiding assets can bring a fine or "
            "detention, and makes things much worse."
        ),
    },
    "ask_card_instalment_plan": {
        "title": _("Ask the bank for a personal instalment plan"),
        "detail": _(
            "The rule lets the bank agree a personal instalment plan of up to 5 "
            "years when you want to repay but cannot; ask in writing, with proof "
            "of your situation."
        ),
    },
    "respond_to_bank_formal_demands": {
        "title": _("Answer the bank's formal demands"),
        "detail": _(
            "If the bank sends formal demands for payment, reply, explain your "
            "situation and offer what you can; staying in contact shows you are "
            "not avoiding the debt."
        ),
    },
    "call_110_if_threatened": {
        "title": _("Call 110 if you are threatened"),
        "detail": _(
            "If someone threatens violence, follows you or tries to enter your "
            "home, call 110 at once; you do not have to wait until it happens "
            "again."
        ),
    },
    "refuse_entry_without_consent": {
        "title": _("Refuse entry to your home"),
        "detail": _(
            "Collectors must not enter your home or workplace without your "
            "consent; you can talk through the door or ask them to leave, and "
            "call 110 if they will not."
        ),
    },
    "know_arrears_are_civil": {
        "title": _("Remember: arrears are a civil matter"),
        "detail": _(
            "Not paying a loan is not a crime in itself, and the police do not "
            "arrest people for ordinary loan arrears; threats of arrest are a "
            "pressure tactic you can report."
        ),
    },
    "check_malicious_overdraft_conditions": {
        "title": _("Know the real conditions for a card crime"),
        "detail": _(
            "Malicious overdraft needs intent to take the money, at least 50,000 "
            "yuan of unpaid principal, two demands 30 days apart and 3 more "
            "months unpaid; with a large balance, stay in contact and negotiate "
            "early."
        ),
    },
    "pay_only_official_channels": {
        "title": _("Pay only through official channels"),
        "detail": _(
            "Pay only in the lender's own app or into an account in the lender's "
            "name, never to a personal account, and keep the receipt."
        ),
    },
    "keep_evidence": {
        "title": _("Keep the evidence"),
        "detail": _(
            "Save recordings, screenshots, messages and call logs, and keep a "
            "copy somewhere safe; a complaint needs them."
        ),
    },
    "complain_to_lender": {
        "title": _("Complain to the lender"),
        "detail": _(
            "Use the lender's complaint channel, describe what happened with "
            "dates, ask for it to stop, and keep the ticket number."
        ),
    },
    "complain_to_regulator": {
        "title": _("Complain to the regulator"),
        "detail": _(
            "If the lender does not put it right, or the conduct was serious, "
            "complain to the regulator listed here, with your call log and any "
            "reply from the lender."
        ),
    },
    "gather_hardship_proof": {
        "title": _("Gather proof of your hardship"),
        "detail": _(
            "Collect papers that show what happened, such as a termination "
            "letter, medical records or statements showing the drop in income; "
            "lenders often ask for them."
        ),
    },
    "negotiate_early_large_card_debt": {
        "title": _("Negotiate early on a large card debt"),
        "detail": _(
            "With a large card balance, contact the bank now, explain your "
            "situation and ask for a personal instalment plan; keeping in touch "
            "shows you are not avoiding the debt."
        ),
    },
}

# Collection conduct (conduct.py): 14 reported codes and the 2 computed ones.
FLAGS = {
    "outside_hours": {
        "label": _("Contact outside permitted hours"),
        "explain": _(
            "Collectors should not contact you between %(window_end)s and %(window_start)s "
            "unless you agreed a time."
        ),
    },
    "too_many_calls": {
        "label": _("Too many calls in one day"),
        "explain": _(
            "More collection calls in one day than the rule for this kind of lender allows; "
            "calls that disturb your life may also amount to harassment."
        ),
    },
    "threat_violence": {
        "label": _("Threat of violence"),
        "explain": _(
            "Threatening harm to you, your family or your property is against the "
            "law; call 110 if you feel in danger."
        ),
    },
    "threat_arrest": {
        "label": _("Threat of arrest or jail"),
        "explain": _(
            "Ordinary loan arrears are a civil matter, and collectors must not "
            "use threats of arrest to make you pay."
        ),
    },
    "threat_contact_third_party": {
        "label": _("Threat to tell your family or contacts"),
        "explain": _(
            "Collectors must collect from you, not put pressure on you through "
            "your family, employer or contacts."
        ),
    },
    "contacted_third_party": {
        "label": _("Contacted other people"),
        "explain": _(
            "Collectors may contact others only when they cannot reach you, and "
            "must never tell them about the debt."
        ),
    },
    "disclosed_debt": {
        "label": _("Told others about your debt"),
        "explain": _(
            "The rule protects your privacy: telling other people about your "
            "debt, or exposing it publicly, is not allowed."
        ),
    },
    "threat_visit": {
        "label": _("Threat to come to your home or work"),
        "explain": _(
            "Threatening a visit to frighten you is not allowed; even a real "
            "visit gives no right to enter without your consent."
        ),
    },
    "visited": {
        "label": _("Came to your home or workplace"),
        "explain": _(
            "Collectors must not enter without your consent, threaten you or tell "
            "others about the debt."
        ),
    },
    "insult": {
        "label": _("Insults or abuse"),
        "explain": _(
            "Insulting or abusive language harms your dignity and good name and "
            "is not allowed in collection."
        ),
    },
    "impersonation": {
        "label": _("Pretended to be police, a court or an official"),
        "explain": _(
            "Collectors must never pose as police, courts or other authorities; "
            "doing so can be a crime."
        ),
    },
    "fake_documents": {
        "label": _("Fake legal documents"),
        "explain": _(
            "Fake summonses, warrants or court notices are illegal. Real court "
            "papers come from the court, sometimes by text message from 12368: "
            "check any of them with 12368 or the court itself."
        ),
    },
    "refused_identity": {
        "label": _("Refused to say who they are"),
        "explain": _(
            "Collectors should tell you their name, their company and who authorised them."
        ),
    },
    "personal_account": {
        "label": _("Asked for payment into a personal account"),
        "explain": _(
            "Pay only into the lender's official accounts; being asked to pay a "
            "person is a common sign of fraud."
        ),
    },
    "unlawful_amount": {
        "label": _("Demanded more than the contract allows"),
        "explain": _(
            "Nobody may charge you more than the contract and the law allow, or a "
            "“fee” to stop collection."
        ),
    },
    "repeated_calls": {
        "label": _("Repeated calls"),
        "explain": _(
            "Calling again and again so that it disturbs your life can amount to harassment."
        ),
    },
}

# The texts above that send the reader to the 12368 line, which FACTS §2 marks [V]: a page
# that shows one cites that line's source (court_words.CHECK_SOURCES) beside it, through
# cases/presenting.court_line. A test keeps this set equal to the texts that name 12368.
SEND_TO_COURT_LINE = frozenset(
    {
        "lawsuit_or_arbitration_possible",
        "bluff_lawsuit_tomorrow",
        "bluff_court_papers_by_sms",
        "check_court_papers_12368",
        "fake_documents",
    }
)

# Evidence meant for institutions speaks of "the borrower", not "you": the labels and count
# lines that differ from FLAGS and FLAG_SUMMARY (evidence_label, flag_summary(third_person)).
THIRD_PERSON_LABELS = {
    "threat_contact_third_party": _("Threat to tell the borrower's family or contacts"),
    "disclosed_debt": _("Told others about the borrower's debt"),
    "threat_visit": _("Threat to come to the borrower's home or work"),
    "visited": _("Came to the borrower's home or workplace"),
}
THIRD_PERSON_SUMMARY = {
    "threat_contact_third_party": (
        _("%(count)d contact threatening to tell the borrower's family or contacts"),
        _("%(count)d contacts threatening to tell the borrower's family or contacts"),
    ),
    "disclosed_debt": (
        _("%(count)d time the borrower's debt was told to others"),
        _("%(count)d times the borrower's debt was told to others"),
    ),
    "threat_visit": (
        _("%(count)d threat to visit the borrower's home or work"),
        _("%(count)d threats to visit the borrower's home or work"),
    ),
    "visited": (
        _("%(count)d visit to the borrower's home or workplace"),
        _("%(count)d visits to the borrower's home or workplace"),
    ),
}


def evidence_label(code):
    """A flag's label as evidence for an institution gives it (third person)."""
    return THIRD_PERSON_LABELS.get(code) or FLAGS[code]["label"]


# The daily limit that applies (conduct.daily_limits), keyed by `answered`.
DAILY_LIMITS = {
    True: _(
        "For online consumer credit (platforms, pay-later, consumer-finance and microloan "
        "lenders), the national collection standard allows at most %(answered)s answered "
        "collection calls with one debtor a day."
    ),
    False: _(
        "For bank cards and bank loans, the bank guideline says that when calls go "
        "unanswered, one number should not be tried more than %(unanswered)s times a day."
    ),
}
MAY_BE_HARASSMENT = _(
    "Calls that disturb a person's private life may amount to harassment under the Civil "
    "Code (art. 1033)."
)

# "%(count)d ..." lines for a flag count: (singular, plural).
FLAG_SUMMARY = {
    "outside_hours": (
        _("%(count)d contact after %(window_end)s or before %(window_start)s"),
        _("%(count)d contacts after %(window_end)s or before %(window_start)s"),
    ),
    "too_many_calls": (
        _("%(count)d call over the daily limit"),
        _("%(count)d calls over the daily limit"),
    ),
    "threat_violence": (
        _("%(count)d contact with threats of harm"),
        _("%(count)d contacts with threats of harm"),
    ),
    "threat_arrest": (
        _("%(count)d contact with threats of arrest or jail"),
        _("%(count)d contacts with threats of arrest or jail"),
    ),
    "threat_contact_third_party": (
        _("%(count)d contact threatening to tell your family or contacts"),
        _("%(count)d contacts threatening to tell your family or contacts"),
    ),
    "contacted_third_party": (
        _("%(count)d time they contacted other people"),
        _("%(count)d times they contacted other people"),
    ),
    "disclosed_debt": (
        _("%(count)d time your debt was told to others"),
        _("%(count)d times your debt was told to others"),
    ),
    "threat_visit": (
        _("%(count)d threat to visit your home or work"),
        _("%(count)d threats to visit your home or work"),
    ),
    "visited": (
        _("%(count)d visit to your home or workplace"),
        _("%(count)d visits to your home or workplace"),
    ),
    "insult": (
        _("%(count)d contact with insults or abuse"),
        _("%(count)d contacts with insults or abuse"),
    ),
    "impersonation": (
        _("%(count)d contact pretending to be an authority"),
        _("%(count)d contacts pretending to be an authority"),
    ),
    "fake_documents": (
        _("%(count)d contact with fake legal documents"),
        _("%(count)d contacts with fake legal documents"),
    ),
    "refused_identity": (
        _("%(count)d contact where they refused to say who they are"),
        _("%(count)d contacts where they refused to say who they are"),
    ),
    "personal_account": (
        _("%(count)d request to pay into a personal account"),
        _("%(count)d requests to pay into a personal account"),
    ),
    "unlawful_amount": (
        _("%(count)d demand for more than the contract allows"),
        _("%(count)d demands for more than the contract allows"),
    ),
    "repeated_calls": (
        _("%(count)d report of repeated calls"),
        _("%(count)d reports of repeated calls"),
    ),
}

# Letter kinds (suggestions.py LETTER_KINDS).
LETTERS = {
    "complaint_lender": {
        "title": _("Complaint to the lender"),
        "purpose": _("Asks the lender to stop the conduct you logged and to answer in writing."),
    },
    "complaint_regulator": {
        "title": _("Complaint to a regulator"),
        "purpose": _(
            "Reports the collectors' conduct to the authority that supervises the lender."
        ),
    },
    "credit_objection": {
        "title": _("Objection to a credit record"),
        "purpose": _(
            "Asks for a wrong credit-report entry to be marked as disputed, "
            "checked and answered in writing within 20 days."
        ),
    },
    "debt_details_request": {
        "title": _("Request for the details of the debt"),
        "purpose": _(
            "Asks the lender to itemise principal, interest, penalties and fees, "
            "and to say who is collecting for it."
        ),
    },
    "stop_third_party_contact": {
        "title": _("Request to stop contacting other people"),
        "purpose": _(
            "Asks the lender to stop contacting your family, employer and "
            "contacts, and to stop telling anyone about the debt."
        ),
    },
    "hardship_instalments": {
        "title": _("Request for an instalment plan"),
        "purpose": _(
            "Explains your situation and proposes monthly payments your budget can sustain."
        ),
    },
    "hardship_deferral": {
        "title": _("Request for more time"),
        "purpose": _(
            "Asks for a deferral while you recover from job loss, illness or another emergency."
        ),
    },
    "hardship_reduction": {
        "title": _("Request to reduce interest and fees"),
        "purpose": _(
            "Asks the lender to waive penalties or reduce interest and fees that "
            "are more than you can repay."
        ),
    },
    "payment_order_objection": {
        "title": _("Objection to a payment order"),
        "purpose": _(
            "Tells the court in writing why you dispute the debt itself, within 15 days of service."
        ),
    },
    "defence_outline": {
        "title": _("Defence statement"),
        "purpose": _(
            "Answers the lender's claim in court: what you dispute, limitation, charges "
            "above the limits, and a request for instalments or mediation if you want one."
        ),
    },
}

# Where to complain or get help (lenders.py complaint_channels, FACTS.md §8).
CHANNELS = {
    "lender": {
        "name": _("The lender's own complaint channel"),
        "how": _(
            "Its customer-service hotline or the complaint page in its app; keep the ticket number."
        ),
    },
    "nfra_12378": {
        "name": _("12378, the NFRA consumer hotline"),
        "how": _(
            "Call 12378 about banks, consumer-finance companies and the "
            "collectors they hire. For a platform loan, name the bank or company "
            "that funds it (the contract says) and address the NFRA's local "
            "office where it is registered."
        ),
    },
    "pboc_12363": {
        "name": _("12363, the People's Bank of China hotline"),
        "how": _(
            "Call 12363 about your credit report or a payment company. Collection "
            "complaints about banks and consumer-finance companies go to 12378, "
            "not 12363."
        ),
    },
    "nifa": {
        "name": _("National Internet Finance Association"),
        "how": _(
            "Use the reporting page on the association's official website about "
            "its members' collection conduct."
        ),
    },
    "local_financial_regulator": {
        "name": _("Local financial regulator"),
        "how": _(
            "It supervises microloan companies in your province or city; find its "
            "complaint number on its official website."
        ),
    },
    "consumer_12315": {
        "name": _("12315 consumer complaints"),
        "how": _("Call 12315 or use the national 12315 platform run by market regulation."),
    },
    "legal_aid_12348": {
        "name": _("12348 public legal services"),
        "how": _(
            "Call 12348 for free legal advice; ask about legal aid if you cannot afford a lawyer."
        ),
    },
    "police_110": {
        "name": _("Police, 110"),
        "how": _(
            "Call 110 if you are threatened with violence, followed, or someone "
            "tries to enter your home."
        ),
    },
    "psychological_12356": {
        "name": _("12356 psychological assistance hotline"),
        "how": _(
            "If it all feels too much, call 12356, the national psychological "
            "assistance hotline, and talk to someone."
        ),
    },
}

# Where the effective rate sits against 24% and 36% (money.py APR_BANDS), or, for a loan
# from a person, against 4 × the LPR of its contract date (money.py PRIVATE_BANDS).
APR_BANDS = {
    "below_threshold_low": _(
        "The loan's effective rate is below 24% per year, the level above "
        "which, the rule says, courts may reduce interest and fees when the "
        "borrower asks; for a loan from a person the limit is lower (four "
        "times the one-year LPR). Courts and regulators decide each case, and "
        "some of these figures are still to be checked against the official "
        "text."
    ),
    "between_thresholds": _(
        "The loan's effective rate is from 24% to 36% per year: above the "
        "level where, the rule says, courts may reduce interest, penalties "
        "and fees if you ask, so it is worth asking the lender to reduce "
        "them. Courts and regulators decide each case, and some of these "
        "figures are still to be checked against the official text."
    ),
    "within_private_cap": _(
        "The loan's effective rate is within %(cap)s per year: four times the "
        "one-year LPR of %(lpr)s in force when the contract was made "
        "(%(day)s), the most interest courts support in lending between people. "
        "Courts decide each case; the contract date is taken as one month "
        "before the first repayment."
    ),
    "above_private_cap": _(
        "The loan's effective rate is above %(cap)s per year, four times the "
        "one-year LPR of %(lpr)s in force when the contract was made "
        "(%(day)s): in lending between people courts do not support interest "
        "above that, so you can ask for the interest above it to be taken off. "
        "Courts decide each case; the contract date is taken as one month "
        "before the first repayment."
    ),
    "above_threshold_high": _(
        "The loan's effective rate is above 36% per year; interest above that "
        "line is widely treated as not protected, so you can ask the lender "
        "to explain and reduce the interest and fees. Courts and regulators "
        "decide each case, and some of these figures are still to be checked "
        "against the official text."
    ),
}

# One line per source registry id (data/sources.json): what the rule means for a borrower.
SOURCE_SUMMARIES = {
    "civil_code_1024": _(
        "You have a right to your good name: insulting or defaming you infringes it."
    ),
    "civil_code_1032": _("You have a right to privacy, which includes peace in your private life."),
    "civil_code_1033": _(
        "Without your consent, nobody may disturb your private life with "
        "calls, messages or leaflets, or reveal your private information."
    ),
    "civil_code_188": _(
        "A lender has three years to claim a debt in court, counted from when "
        "it knew or should have known it was not paid."
    ),
    "civil_code_189": _(
        "For a debt paid in instalments, the three years count from the due "
        "date of the last instalment."
    ),
    "civil_code_195": _(
        "The three years start again when the lender demands payment, when "
        "you agree to pay (a part payment counts), or when a lawsuit or "
        "arbitration is filed."
    ),
    "civil_code_202": _(
        "A period counted in years ends on the same date in its last year, or "
        "on the last day of that month when there is no such date (such as 29 "
        "February)."
    ),
    "civil_code_680": _(
        "Usurious lending is forbidden and interest rates must follow state "
        "rules; where a contract says nothing about interest, none is owed, "
        "and between individuals an unclear term also means none."
    ),
    "pipl_10": _(
        "Nobody may illegally collect, use, pass on or reveal other people's personal information."
    ),
    "pipl_13": _(
        "Personal information may be used only on a lawful basis and only as "
        "far as the purpose needs."
    ),
    "pipl_44_47": _(
        "You may see, copy, correct and delete the personal information held about you."
    ),
    "card_measures_68": _(
        "A card issuer may collect only from the cardholder and guarantors, "
        "never from unrelated people, and never by violence, coercion, "
        "threats, abuse or harassment; collection calls are recorded and the "
        "records kept at least two years."
    ),
    "card_measures_69": _(
        "A bank's written collection notice must contain what the rule lists, "
        "and the bank must note and check a cardholder's objection to the "
        "debt."
    ),
    "card_measures_70": _(
        "If a card debt is more than you can pay but you want to repay, the "
        "bank may agree a personal instalment plan of up to five years."
    ),
    "card_notice_2022": _(
        "Banks must not collect card debts by violence or harassment or from "
        "third parties, and they answer for the collection agencies they "
        "hire."
    ),
    "cbirc_2022_9_art41": _(
        "Banks and other supervised lenders must manage the collection "
        "agencies they hire, tell you before passing your debt to one, and "
        "never collect by posing as officials or by violence, intimidation or "
        "fraud."
    ),
    "nfra_2024_cfc": _(
        "Consumer-finance companies must not collect from unrelated third "
        "parties, and they answer for the collection agencies they hire."
    ),
    "nifa_2018": _(
        "Collectors for internet-finance members must say who they are, keep "
        "contact reasonable, and never threaten, insult, harass other people, "
        "pose as the state or use false documents."
    ),
    "gbt_45251_2025_hours": _(
        "The national collection standard: no collection between 22:00 and "
        "08:00 unless you agreed a time."
    ),
    "gbt_45251_2025_frequency": _(
        "The national collection standard, for online consumer credit: at "
        "most three answered collection calls a day with one debtor, robot "
        "calls included."
    ),
    "gbt_45251_2025_third_parties": _(
        "The national collection standard: collect from the debtor only; "
        "emergency contacts only when you cannot be reached, never told about "
        "the debt, and not again once they refuse."
    ),
    "gbt_45251_2025_identity": _(
        "The national collection standard: collectors say who they are and "
        "who authorised them, and calls are recorded."
    ),
    "cba_2026_hours": _(
        "The bank association's guideline: no calls, visits or other "
        "collection between 22:00 and 08:00 without your consent."
    ),
    "cba_2026_unanswered": _(
        "The bank association's guideline: when calls go unanswered, no more "
        "than six attempts to the same number a day unless agreed."
    ),
    "cba_2026_third_parties": _(
        "The bank association's guideline: your contacts may be called only "
        "when you cannot be reached, must never be told about the debt, and "
        "not again once they object."
    ),
    "cba_2026_visits": _(
        "The bank association's guideline: home visits by at least two "
        "collectors, and no entering a home or workplace without consent."
    ),
    "cba_2026_public_notices": _(
        "The bank association's guideline: no public notices or “lawyer's "
        "letters” posted in public places."
    ),
    "cba_2026_fees": _(
        "The bank association's guideline: no extra “collection fees”, and no "
        "pushing you to borrow elsewhere to repay."
    ),
    "criminal_law_196": _(
        "Credit-card fraud, including malicious overdraft, is a crime only "
        "with intent to take the money and when all the legal conditions are "
        "met."
    ),
    "spc_spp_2018_card": _(
        "Malicious overdraft needs intent to take the money, two valid "
        "demands at least 30 days apart, more than three months still unpaid "
        "after that, and at least 50,000 yuan of unpaid principal (interest "
        "and fees do not count)."
    ),
    "criminal_law_238": _(
        "Unlawfully detaining a person is a crime, also when it is done to collect a debt."
    ),
    "criminal_law_245": _("Unlawfully entering someone's home is a crime."),
    "criminal_law_253_1": _(
        "Selling or illegally passing on people's personal information is a "
        "crime when serious (added in 2009, amended in 2015)."
    ),
    "criminal_law_266": _(
        "Taking money by deception is fraud; being asked to pay into a "
        "personal account is a common warning sign."
    ),
    "criminal_law_279": _(
        "Pretending to be a state official, a police officer included, to "
        "deceive people is a crime."
    ),
    "criminal_law_280": _(
        "Forging official documents or seals, such as fake court papers, is a crime."
    ),
    "criminal_law_293": _(
        "Intimidating or harassing people (“picking quarrels and provoking "
        "trouble”) is a crime when serious."
    ),
    "criminal_law_293_1": _(
        "Collecting illegal debts, such as usurious loans, by violence, "
        "threats, entering homes or harassment is a crime when serious."
    ),
    "psapl_2025_50": _(
        "Pestering, harassing or following someone so that it disturbs their "
        "life can mean detention or a fine, and the police can order the "
        "person to stay away."
    ),
    "psapl_2025_50_threats": _(
        "Threatening someone's safety, insulting them in public, or "
        "repeatedly sending threatening or insulting messages can mean "
        "detention or a fine."
    ),
    "credit_reg_15": _(
        "A lender must tell you before it reports negative information about "
        "you to the credit system."
    ),
    "credit_reg_16": _(
        "Negative credit records are kept for five years from the day the "
        "overdue ends, then deleted."
    ),
    "credit_reg_17": _("You may get your own credit report twice a year free of charge."),
    "credit_reg_25": _(
        "If you think a record is wrong you may object; it is marked as "
        "disputed, checked, and answered in writing within 20 days."
    ),
    "credit_reg_26": _(
        "If your credit-reporting rights are infringed, you may complain to "
        "the local branch of the People's Bank of China, which answers in "
        "writing within 30 days of accepting the complaint."
    ),
    "pboc_2025_credit_relief": _(
        "A closed, one-off measure: overdue records from 2020–2025 of at most "
        "10,000 yuan each stopped being shown (hidden, not deleted) once "
        "repaid in full by 31 March 2026, automatically and free. Nobody can "
        "apply now."
    ),
    "spc_private_lending_25": _(
        "On a loan from a person, courts do not support interest above four "
        "times the one-year LPR at the time the contract was made."
    ),
    "spc_private_lending_2015_26": _(
        "The old 2015 rule treated interest above 36% per year as void; it "
        "has been replaced, but that line is still widely used."
    ),
    "spc_2020_licensed_lenders": _(
        "Licensed local lenders such as microloan companies count as "
        "financial institutions, so the private-lending cap does not apply to "
        "them."
    ),
    "spc_2017_financial_opinion": _(
        "If the borrower asks, courts may reduce interest, penalties and fees "
        "that together exceed 24% per year."
    ),
    "pboc_2021_3": _("Lenders must show a loan's annualised rate, worked out by the IRR method."),
    "nfra_2025_9": _(
        "Rules for banks that lend through internet platforms; media report a "
        "ceiling on the total cost of these loans of 24% per year."
    ),
    "microloan_2025_cost": _(
        "New microloans costing more than 24% per year in total are to stop "
        "at once, and all new loans are to be within four times the LPR by "
        "the end of 2027."
    ),
    "lpr_2025_12": _("In December 2025 the one-year loan prime rate (LPR) was 3.0%."),
    "loan_classification_2023": _(
        "A bank loan more than 90 days overdue counts at least as "
        "“substandard”, that is, non-performing."
    ),
    "civil_procedure_payment_order": _(
        "A payment order is issued without a hearing; only an objection to "
        "the debt itself, in writing within 15 days of service, can stop it, "
        "and a valid objection normally turns the case into a lawsuit."
    ),
    "spc_dishonest_2017": _(
        "The dishonest-debtor list is for judgment debtors who can pay but "
        "refuse, evade or obstruct enforcement, or break a settlement — only "
        "a court in an enforcement case puts someone on it."
    ),
    "spc_consumption_2015": _(
        "A debtor who does not pay within an enforcement notice's period can "
        "have spending restricted (flights, every seat on G trains, first "
        "class on other bullet trains and the like); only a court in an "
        "enforcement case orders it."
    ),
    "civil_code_192": _(
        "Once the limitation period has run, agreeing to pay (even in writing) gives up the right "
        "to rely on it."
    ),
    "civil_code_193": _(
        "Courts do not apply the limitation period on their own: you must raise it yourself."
    ),
    "civil_code_568": _(
        "Two parties who owe each other money can set one debt off against the other; a bank can "
        "use this on money in your account at that bank."
    ),
    "microloan_measures_2024": _(
        "Binding on microloan companies and their collectors: no posing as authorities, no "
        "violence, threats, insults, defamation, stalking or harassment, no seizing property, no "
        "publishing your details, and no collecting from people who do not owe."
    ),
    "cba_2026_related_parties": _(
        "The bank association's guideline: no invented blacklists or exaggerated legal "
        "consequences; a spouse can be a debt-related third party where the loan paid for the "
        "household."
    ),
    "criminal_law_313": _(
        "Refusing to carry out a court judgment or ruling that one is able to carry out is a "
        "crime when the circumstances are serious."
    ),
    "complaint_routing_2024": _(
        "Since June 2024, complaints about banks and consumer-finance companies, their collection "
        "included, go to the NFRA (12378); 12363 takes credit-report and payment-company matters."
    ),
    "cpl_227": _(
        "You must pay or object in writing within 15 days of being served a payment order; an "
        "order neither paid nor objected to can be enforced."
    ),
    "cpl_228": _(
        "If the court finds the objection valid, the payment-order procedure ends and the case "
        "normally becomes a lawsuit."
    ),
    "cpl_85": _("A document posted before a period ends is in time."),
    "cpl_90": _(
        "Courts may serve papers electronically, for example by text message or on a court "
        "platform."
    ),
    "cpl_95": _(
        "A person who cannot be found can be served by public notice, which counts as served 30 "
        "days later."
    ),
    "cpl_147": _("A defendant who does not appear without good reason can be judged in absence."),
    "cpl_103_104": _(
        "Before or during a lawsuit, a court can freeze accounts or property as preservation at "
        "the creditor's request."
    ),
    "cpl_114_118": _(
        "Refusing to declare assets or obstructing enforcement can bring a fine or detention of "
        "up to 15 days."
    ),
    "cpl_121": _("Court fees can be deferred, reduced or waived for a party in real hardship."),
    "cpl_128": _("You can file a defence statement within 15 days of receiving the complaint."),
    "cpl_130": _(
        "An objection to the court's jurisdiction must be raised within the defence period."
    ),
    "cpl_171": _("A judgment can be appealed within 15 days of its service."),
    "cpl_205_206": _("A mediation agreement confirmed by a court can be enforced like a judgment."),
    "cpl_248_249": _(
        "Arbitral awards, and notarised debt instruments with enforcement effect, can be enforced "
        "by a court."
    ),
    "cpl_252": _(
        "A debtor who does not pay after an enforcement notice must declare their property "
        "truthfully."
    ),
    "cpl_254": _(
        "When income is taken in enforcement, what you and your dependants need to live on is "
        "kept out."
    ),
    "cpl_255": _(
        "When property is seized, frozen or sold in enforcement, the necessities of life of "
        "you and your dependants are kept out."
    ),
    "complaint_handling_2020": _(
        "A bank or insurer must deal with a complaint with clear facts within "
        "15 days of receiving it; complex ones within 30 days, which can be "
        "extended by 30 more."
    ),
    "practice_escalation": _(
        "What usually happens, day by day, as borrowers and lenders describe "
        "it: practice, not law, and lenders differ."
    ),
    "credit_reporting_lenders": _(
        "Banks, consumer-finance companies, most licensed microloan companies and the "
        "funders behind large platforms report to the credit system; even one day overdue "
        "can be reported."
    ),
    "practice_visits": _(
        "A visit is not banned as such, but a collector may not come in without your "
        "permission, block or follow you, threaten you, or tell neighbours or colleagues "
        "about the debt."
    ),
    "court_12368": _(
        "12368 is the courts' litigation-service line: you can ask there whether a court "
        "paper or a case is real."
    ),
}

# Case-file problems (casefile.py MESSAGES), formatted with {"path": ..., "allowed": ...}.
CASE_FILE_PROBLEMS = {
    "required": _("%(path)s is missing; it is required."),
    "unknown_key": _(
        "%(path)s is not part of the case file format; remove it or check the spelling."
    ),
    "object": _("%(path)s must be an object (fields inside { })."),
    "list": _("%(path)s must be a list (inside [ ])."),
    "choice": _("%(path)s must be one of: %(allowed)s."),
    "format": _('%(path)s must be "%(allowed)s".'),
    "money": _(
        "%(path)s must be an amount in yuan written as text, 0 or more, with "
        'at most 2 decimals, e.g. "8000.00".'
    ),
    "date": _('%(path)s must be a date written like "2026-11-15".'),
    "datetime": _('%(path)s must be a date and time written like "2026-11-18T22:40:00+08:00".'),
    "boolean": _("%(path)s must be true or false."),
    "boolean_or_null": _("%(path)s must be true, false or null (not known)."),
    "text": _("%(path)s must be text."),
    "count": _("%(path)s must be a whole number, 0 or more."),
    "json": _("This file is not valid JSON; it may be damaged, or it may not be a case file."),
}

# Caveats shown next to the limitation date, the timeline and unverified sources.
LIMITATION_CAVEAT = _(
    "This is when the 3-year limitation period would end if nothing "
    "interrupted it. A demand for payment by the lender (collection calls "
    "included), a payment or a promise to pay, or a lawsuit starts the 3 "
    "years again, so the real date is often later."
)

PRACTICE_NOT_LAW = _(
    "This timeline shows what usually happens in practice, not what the "
    "law requires; lenders differ."
)

CHECK_OFFICIAL_TEXT = _("Not yet confirmed against the official text: check the official text.")


def rule_values(registry):
    """The registry values that flag texts quote (%(window_end)s, %(answered)s, ...).

    Texts take them from the registry so that a corrected threshold is a data change only.
    """
    return {
        "window_start": registry.value("collection_window_start").strftime("%H:%M"),
        "window_end": registry.value("collection_window_end").strftime("%H:%M"),
        "answered": registry.value("answered_calls_per_day"),
        "unanswered": registry.value("unanswered_attempts_per_day"),
    }


def flag_text(code, registry, lender=None):
    """Label and explanation of a flag, with the registry's current values filled in.

    With the case's lender type, `too_many_calls` names the daily limit that binds it.
    """
    text = FLAGS[code]
    if code == "too_many_calls" and lender is not None:
        return {"label": text["label"], "explain": daily_limit_text(lender, registry)}
    return {"label": text["label"], "explain": text["explain"] % rule_values(registry)}


def daily_limit_text(lender, registry):
    """The daily call limit that binds this lender type, and the harassment rule for all."""
    values = rule_values(registry)
    limits = [str(DAILY_LIMITS[answered] % values) for answered in daily_limits(lender, registry)]
    return " ".join([*limits, str(MAY_BE_HARASSMENT)])
