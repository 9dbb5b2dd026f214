"""The rows the conduct reader (suggester.py) reads a call's description with.

Each row is one way a collector's conduct is put into words: a regular expression, the
conduct codes it suggests, and a comment saying what it is for. `{NAME}` in a pattern stands
for one of the word lists below, so a new word for "colleague" is added once, not in every
row. Patterns run on NFKC-normalised text, case-insensitively, one sentence at a time.

Rows with `threat` are read for tense (suggester.tense): "否则将联系身边人" is a threat
(`threat` codes), "已经联系了我同事" happened (`codes`). An empty `threat` means the threat
form is nothing we flag (a court summons that *will* come is a lawful lawsuit, not a fake
document). `default` is the tense when the words around say nothing either way.
"""

from dataclasses import dataclass

# People around the borrower. Single-character kin words count only after 我/你/您
# ("我妈"), so "妈" inside other words does not.
PEOPLE = (
    r"(?:紧急联系人|联系人|通讯录(?:里|上)?(?:的)?(?:人|所有人|好友)?|通讯录|身边(?:的)?人|"
    r"周围(?:的)?人|朋友圈(?:里)?(?:的)?(?:人|好友)|微信好友|好友|家人|家里人|家属|全家|"
    r"父母|爸妈|爸爸|妈妈|老爸|老妈|母亲|父亲|亲属|亲戚|亲友|亲人|同事|单位|领导|老板|上司|"
    r"主管|上级|经理|人事|房东|邻居|左邻右舍|村委会?|居委会?|村里人|全村|全公司|朋友|同学|"
    r"老师|辅导员|配偶|老婆|老公|丈夫|妻子|爱人|对象|女朋友|男朋友|前妻|前夫|孩子|子女|儿子|"
    r"女儿|兄弟|姐妹|哥哥|姐姐|弟弟|妹妹|表哥|表姐|表弟|表妹|堂哥|堂姐|舅舅|姑姑|叔叔|阿姨|"
    r"奶奶|爷爷|外婆|外公|岳父|岳母|公婆|侄子|侄女|外甥女?|嫂子|姐夫|妹夫|弟媳|儿媳|女婿|亲家|"
    r"室友|舍友|老乡|发小|闺蜜|担保人|所有人|"
    r"(?<=[我你您])(?:妈|爸|姐|哥|弟|妹)|(?<=[我你您]的)(?:公司|学校)|(?<=[我你您])(?:公司|学校))"
)
# Whose: "你的", "我", "您们的所有", "我的三个".
WHOSE = r"(?:(?:你|您|我|他|她)(?:们)?(?:的)?)?(?:所有|全部|每个|每一个)?(?:的)?"
COUNTED = r"(?:[一二两三四五六七八九十几\d]+(?:个|位))?"
# A few words between whose and who: "我大学同学", "我老家的村委会".
BETWEEN = r"[^，。,;；\s]{0,4}?"
# After the person: not the borrower's own dealings with them ("找朋友借钱").
NOT_OWN_DEALINGS = r"(?!借|帮|商量|凑|周转|生病|住院|去世|上班|工作)"
CONTACT_VERB = (
    r"(?:联系|联络|打电话给|打电话到|打电话问|打给|打到|打去|打了|致电|通知|告诉|告知|找到|找|"
    r"发短信给|发信息给|发消息给|发微信给|发给|发到|寄到|寄给|送到|骚扰|转告|问)"
)
MESSAGE = r"(?:电话|短信|信息|消息|微信|语音|催款|催收|通知)"
DEBT_WORDS = r"(?:欠|借钱不还|借了?钱|借了?网贷|逾期|是老赖|不还钱|跑路|卷钱)"

# Places that are the borrower's: home, family home, work, school, registered address.
PLACE = (
    r"(?:(?:你|您|我|他|她)(?:们)?(?:的)?(?:(?:父母|爸妈|老人|亲戚|孩子|家人)(?:的)?)?"
    r"(?:家里|家门口|家(?!人|属|长|里人)|住处|住址|公司|单位|工作单位|学校|宿舍|老家|小区|楼下|门口|"
    r"(?:住|上班|工作|打工|读书)的[^，。]{0,4}?(?:地方|小区|公司|楼|工厂|厂|店|门口|单位|学校))|"
    r"老家|户籍地|户籍所在地|预留(?:的)?(?:证件)?地(?:址)?|身份证(?:上的)?地址|家门口|"
    r"公司楼下|单位门口|工作单位|单位)"
)
NOT_OWN_ERRAND = r"(?!上班|工作|加班|打工|住|吃|玩|附近|旁边|取|请|办事|报到|开会)"

# Who they may claim to be.
AUTHORITY = (
    r"(?:警察|警官|民警|网警|刑警|公安|派出所|经侦|法院|法官|法庭|执行庭|执行局|执行人员|"
    r"检察院|检察官|律师|律所|政府|监管|银保监|金融监管|金融局|人民银行|央行|征信中心|司法|"
    r"仲裁|公检法|国家机关|官方)"
)
# Papers that claim to come from a court, the police, an arbitration body or a lawyer.
DOCUMENT = (
    r"(?:律师函|律师告知函|法务函|传票|起诉书|起诉状|立案通知|立案告知|逮捕令|逮捕证|拘捕令|"
    r"通缉令|协查函|协查通报|协助调查(?:函|通知)|法院通知|法院公告|判决书|裁定书|执行通知|"
    r"仲裁书|仲裁通知|仲裁裁决|催告函|公函|红头文件|警方通知|公安通知|冻结通知|限高令|法律文书|"
    r"(?:诉讼|应诉|开庭|拘留|逮捕|拘传|传唤)通知|[“\"《][^”\"》]{0,8}(?:通知书|函|令|文书)[”\"》])"
)
# Names a collector calls a borrower.
NAMES = r"(?:老赖|骗子|诈骗犯|废物|穷鬼|垃圾|人渣|畜生|败类|无赖|流氓|窝囊废)"

PEOPLE_EN = (
    r"(?:family|parents|mother|mum|mom|father|dad|wife|husband|partner|sister|brother|"
    r"children|kids|son|daughter|relatives|colleagues?|co-?workers?|boss|employer|manager|"
    r"company|workplace|landlord|neighbou?rs?|friends?|classmates|contacts|emergency contacts?|"
    r"teacher|school|village|in-laws|guarantor|contact list|address book|phone ?book|uncle|"
    r"aunt|cousin|grandparents|grandmother|grandfather|nephew|niece|flatmate|roommate)"
)
THREAT_EN = (
    r"(?:threaten(?:ed|s|ing)? to|will|'ll|would|going to|gonna|"
    r"warned (?:me )?(?:that )?(?:they|he|she) (?:would|will))"
)


@dataclass(frozen=True)
class Row:
    codes: tuple[str, ...]
    pattern: str
    comment: str
    threat: tuple[str, ...] | None = None  # read for tense; codes when it is a threat
    default: str = "done"  # tense when nothing says: "done" or "threat"
    negatable: bool = True  # "没有 / didn't" right before it cancels it
    own: bool = True  # "我…" (the borrower doing it) right before it cancels it
    unless: str = ""  # anywhere in the sentence, cancels it
    not_after: str = ""  # in the words right before the match, cancels it
    needs: tuple[str, ...] = ()  # counts only when one of these was found in the sentence
    count: bool = False  # the match has a number (?P<n>); it must be a flood's number


CONTACTED = ("contacted_third_party",)
THREAT_CONTACT = ("threat_contact_third_party",)
DISCLOSED = ("disclosed_debt",)
CONTACTED_DISCLOSED = ("contacted_third_party", "disclosed_debt")
VISITED = ("visited",)
THREAT_VISIT = ("threat_visit",)
POLICE_NEAR = r"(?:警察|公安|民警|警方)[^，。]{0,3}(?:会|要|就|将|马上)?[^，。]{0,2}$"

ROWS = (
    # People around the borrower: contacted, or threatened with contact.
    Row(
        CONTACTED,
        CONTACT_VERB + r"(?:了|过)?" + WHOSE + COUNTED + BETWEEN + "{PEOPLE}" + NOT_OWN_DEALINGS,
        "a contact verb on a person around the borrower: '联系身边人', '打给我同事'",
        threat=THREAT_CONTACT,
    ),
    Row(
        CONTACTED,
        r"给" + WHOSE + BETWEEN + "{PEOPLE}" + r"(?:都|也|挨个|逐个|一个个|轮流|天天)*"
        r"(?:打|发|寄)(?:了|过)?[^，。]{0,6}?"
        r"(?:电话|短信|信息|消息|微信)",
        "'给我老婆打电话', '给我领导发了微信'",
        threat=THREAT_CONTACT,
    ),
    Row(
        CONTACTED,
        r"打(?:了)?" + WHOSE + BETWEEN + "{PEOPLE}" + r"(?:的)?(?:电话|手机)",
        "'打我女朋友电话', '打了我同学的电话'",
        threat=THREAT_CONTACT,
    ),
    Row(
        CONTACTED,
        "{PEOPLE}" + r"[^，。]{0,4}?(?:接到|收到|接了)(?:了|过)?[^，。]{0,8}?" + MESSAGE,
        "a person around the borrower received their calls or messages",
        threat=THREAT_CONTACT,
        own=False,
    ),
    Row(
        CONTACTED_DISCLOSED,
        r"通讯录(?:都|全)?(?:被|给)?(?:打爆|爆|炸)(?:了)?|(?:打爆|爆)(?:了)?" + WHOSE + r"通讯录",
        "爆通讯录: calling or messaging everyone in the borrower's contacts about the debt",
        threat=THREAT_CONTACT,
    ),
    Row(
        DISCLOSED,
        r"让" + WHOSE + "{PEOPLE}" + r"(?:(?:和|、|跟|及|还有)" + WHOSE + "{PEOPLE})?"
        r"(?:都|全|也)?(?:知道|晓得)",
        "'让全村都知道': making people around the borrower know",
        threat=THREAT_CONTACT,
        default="threat",
    ),
    Row(
        CONTACTED,
        r"(?:跟|和|向|对)" + WHOSE + BETWEEN + "{PEOPLE}" + r"(?:进行)?(?:逐一|一一|挨个|逐个)?"
        r"(?:说|讲|宣扬|透露|散布|告知|通知|联系|通报)",
        "'到处跟我的同事说'",
        threat=THREAT_CONTACT,
    ),
    Row(
        CONTACTED,
        "{PEOPLE}" + r"[^，。]{0,6}?被[^，。]{0,6}?(?:骚扰|联系|打电话|电话轰炸|找上|催)",
        "a person around the borrower was called or harassed by them (passive)",
        threat=THREAT_CONTACT,
        own=False,
    ),
    Row(
        CONTACTED_DISCLOSED,
        "{PEOPLE}" + r"[^。]{0,16}?问我(?:是不是|是否|有没有)(?:欠|借|逾期)",
        "someone around the borrower asks whether they owe money: they were told",
        own=False,
    ),
    # The debt told to others, or put in public.
    Row(
        DISCLOSED,
        "{PEOPLE}"
        + r"[^。]{0,14}?(?:说|讲|称|告诉他们?|告诉她们?)(?:我|你|他|她)[^，。]{0,6}?"
        + DEBT_WORDS,
        "telling people around the borrower that they owe money",
        threat=THREAT_CONTACT,
        own=False,
    ),
    Row(
        DISCLOSED,
        "(?:给|向)" + WHOSE + BETWEEN + "{PEOPLE}" + r"[^，。]{0,6}?(?:催收|催款|欠款)(?:的)?"
        r"(?:电话|短信|信息|消息|截图)|"
        "{PEOPLE}" + r"[^，。]{0,8}?(?:收到|接到)(?:了)?[^，。]{0,4}?(?:催收|催款|欠款)(?:的)?"
        r"(?:电话|短信|信息|消息)|(?:催收|催款|欠款)(?:的)?(?:电话|短信|信息|消息)[^，。]{0,4}?"
        r"(?:发到|发给|打到|打给)(?:了)?" + WHOSE + BETWEEN + "{PEOPLE}",
        "a collection call or message to people around the borrower tells them of the debt",
        threat=THREAT_CONTACT,
        own=False,
    ),
    Row(
        DISCLOSED,
        r"(?:写着|写上|写了|标着|标注|配上|配文)[^，。]{0,6}?(?:欠|老赖|借钱不还|逾期)",
        "what they sent those people named the debt",
        needs=CONTACTED,
        own=False,
    ),
    Row(
        DISCLOSED,
        r"曝光|公开(?:了)?(?:我|你)的|张贴|贴(?:了|到|在)?[^，。]{0,8}?(?:催款单|大字报|告示|传单|"
        r"海报|照片|欠款|公告栏)|(?:拉|挂)(?:了)?(?:横幅|条幅)|群发|发(?:到|在|上)?(?:了)?"
        r"(?:朋友圈|抖音|微博|快手|网上|小红书)|发帖|印成传单|寻人启事|悬赏",
        "exposure: a friends' feed, posters, banners, mass messages, the internet",
        threat=THREAT_CONTACT,
    ),
    Row(
        CONTACTED_DISCLOSED,
        r"(?:家族|家庭|亲戚|工作|公司|单位|同事|班级|同学|业主)(?:微信)?群",
        "a group chat of family, colleagues or classmates",
        threat=THREAT_CONTACT,
    ),
    Row(
        DISCLOSED,
        r"(?:喊|嚷|宣扬|广播|喇叭)[^，。]{0,8}?(?:我|你)[^，。]{0,4}?" + DEBT_WORDS,
        "shouting the debt where others hear",
        threat=THREAT_CONTACT,
    ),
    # English: people around the borrower.
    Row(
        THREAT_CONTACT,
        r"\b" + THREAT_EN + r"\s+(?:\w+\s+)?(?:call|phone|ring|contact|tell|inform|text|message|"
        r"notify|email|send (?:messages|texts|a message|letters)(?: to)?)\s+(?:\w+\s+){0,3}?"
        r"(?:my|your|his|her)\s+(?:\w+\s+)?" + PEOPLE_EN + r"\b",
        "they will call / tell / message my family, boss, contacts",
        own=False,
    ),
    Row(
        THREAT_CONTACT,
        r"\b" + THREAT_EN + r"\b[^.;!?]{0,40}?\btell (?:everyone|everybody|all (?:your|my))",
        "they will tell everyone",
        own=False,
    ),
    Row(
        THREAT_CONTACT,
        r"\b" + THREAT_EN + r"\s+(?:\w+\s+)?(?:call|text|message|ring)\s+(?:every|all the) "
        r"(?:numbers?|contacts?|people)\b",
        "they will call every number in my phone",
        own=False,
    ),
    Row(
        CONTACTED,
        r"\b(?:called|phoned|rang|contacted|texted|messaged|told|informed|emailed|harassed)\s+"
        r"(?:\w+\s+){0,3}?(?:my|our)\s+(?:\w+\s+)?" + PEOPLE_EN + r"\b",
        "they called / messaged / told my mother, colleagues, landlord",
    ),
    Row(
        CONTACTED,
        r"\b(?:my|our)\s+(?:\w+\s+)?" + PEOPLE_EN + r"\s+(?:\w+\s+)?(?:got|received|gets|had|"
        r"was getting|were getting|has had|have had)\s+(?:\w+\s+)?(?:calls?|phone calls?|texts?|"
        r"messages?|letters?|sms)\b",
        "my mother got a call from them",
    ),
    Row(
        DISCLOSED,
        r"\b(?:about|regarding)\s+(?:my|the|his|her)\s+(?:debts?|loans?|arrears)\b|"
        r"\bthat i (?:owe|owed|borrowed)\b|\bsaying (?:that )?i (?:owe|owed|borrowed|am a|was a)\b",
        "what they told those people was the debt",
        needs=CONTACTED,
        own=False,
    ),
    Row(
        DISCLOSED,
        r"\b(?:posted|shared|published|put up|spread|circulated|exposed|expose)\b[^.;!?]{0,40}?"
        r"(?:\bonline\b|\bon social media\b|\bon (?:wechat|weibo|douyin|moments|the internet)\b|"
        r"\bposters?\b|\bphotos?\b|\bid\b|\bin (?:the|a|my) (?:\w+ )?group\b|\bpublicly\b|"
        r"\bme\b|\bmy debt\b)",
        "exposure in English: posted online, posters, a group chat",
        threat=THREAT_CONTACT,
    ),
    # Visits.
    Row(
        VISITED,
        r"(?<!找)上门(?!催收的人|的人|催债的人|费)|登门|家访|外访|走访|实地(?:催收|拜访|走访)|上访|拜访",
        "a visit: 上门, 外访, 上访 (collectors' word for a visit)",
        threat=THREAT_VISIT,
        default="threat",
        not_after=POLICE_NEAR,
    ),
    Row(
        VISITED,
        r"(?:上门(?:催收|催债)?的人|找上门|找到(?:了)?(?:我|我们)(?:的)?(?:家|单位|公司))",
        "the people who came: '上门催收的人', '找上门来'",
    ),
    Row(
        VISITED,
        r"(?<![贴发寄打转送写传印搬])(?<!电话)(?:跑到|跑去|跑来|找到|闯进|到|去|来|进)(?:了)?"
        + PLACE
        + NOT_OWN_ERRAND,
        "going to the borrower's home, family home, work or registered address",
        threat=THREAT_VISIT,
        not_after=POLICE_NEAR,
    ),
    Row(
        VISITED,
        r"敲门|砸门|堵(?:在)?(?:我|你)?(?:家|门口|楼下)?(?:我|你)|守在|守着|蹲守|"
        r"在(?:你|您|我)(?:们)?(?:的)?(?:家|单位|公司|家门口|小区)?(?:门口|楼下|楼道|楼里)",
        "waiting at the door, knocking, blocking the way",
        threat=THREAT_VISIT,
    ),
    Row(
        THREAT_VISIT,
        r"派(?:了)?(?:人|专人|专员|同事|工作人员|[一二两三四五几\d]+个人)|"
        r"(?:安排|授权)(?:了)?(?:专员|人员|外访|同事|工作人员)",
        "sending someone ('派人', '授权专员') is announced before they arrive: a threat",
        unless=r"守着|守在|敲门|堵在|坐了|到了|来了",  # they are there already: a visit
    ),
    Row(
        THREAT_VISIT,
        r"\b" + THREAT_EN + r"\s+(?:come|visit|go|turn up|show up|send (?:someone|somebody|people|"
        r"a team|men|a collector))\b[^.;!?]{0,30}?\b(?:home|house|flat|apartment|door|office|work|"
        r"workplace|school|village|hometown|place)\b",
        "they will come to my home or work",
        own=False,
    ),
    Row(
        VISITED,
        r"\b(?:came|turned up|showed up|visited|knocked|banged|waited|were waiting|was waiting|"
        r"sent (?:someone|people|two men|a man))\b[^.;!?]{0,25}?\b(?:my|our)\s+"
        r"(?:[\w']+\s+)?(?:home|"
        r"house|flat|apartment|door|office|work|workplace|school|place)\b",
        "they came to my home or work",
    ),
    # Arrest, jail, a criminal case.
    Row(
        ("threat_arrest",),
        r"坐牢|蹲监狱|进监狱|蹲大牢|牢饭|牢狱|进去蹲|蹲(?:几|[一二三四五六七八九十\d]+)年|"
        r"抓(?:你|我|人|起来|走|捕)|来抓|被抓|看守所|案底|犯罪记录|关进(?:去|监狱|号子)|"
        r"送(?:你|我)?进(?:去|监狱)|逮捕(?!令|证|通知)|拘留(?!通知|证)|拘捕|判刑|"
        r"判(?:你)?[一二三四五六七八九十几\d]+年|刑事|(?<!法院)立案(?!通知|告知)|报案|"
        r"(?:移交|交给|转交|提交)(?:了)?(?:给)?(?:公安|警方|司法机关|经侦|派出所)|诈骗罪|恶意透支|"
        r"涉嫌(?:诈骗|犯罪|违法)|犯了[^，。]{0,6}罪|通缉(?!令)|带走你|进局子|"
        r"(?:警察|公安|民警)(?:会|要|就|马上)?(?:上门|来找|找你|来抓|介入)",
        "jail, arrest, a criminal case or the police in a collector's mouth",
        unless=r"法院[^，。]{0,4}立案|(?<![让叫给])(?<!告诉)我(?:已经|也|就|要|想|打算|准备|去)*(?:报警|报案)",
    ),
    Row(
        ("threat_arrest",),
        r"\b(?:jail|prison|arrest(?:ed)?(?! warrant)|locked up|"
        r"criminal (?:case|charges?|record|offen[cs]e)|"
        r"charged with|police (?:will|would|are going to|to) (?:come|arrest|take|get)|"
        r"(?:hand|report)\w* (?:you|me|it|the case) (?:over )?to the police|fraud charges?)\b",
        "jail, arrest, criminal charges",
        own=False,
    ),
    # Pretending to be an authority.
    Row(
        ("impersonation",),
        r"冒充|假冒|假扮|伪装成|装成|假装(?:是|成)",
        "pretending: 冒充, 假冒",
    ),
    Row(
        ("impersonation",),
        r"(?:自称|声称|谎称|号称|[说称](?:他|她|自己|他们|她们)?是)(?:是)?[^，。]{0,10}?"
        r"{AUTHORITY}|以{AUTHORITY}(?:的)?名义",
        "saying they are police, a court, a lawyer or an official",
        own=False,
    ),
    Row(
        ("impersonation",),
        r"\b(?:claim(?:ed|s|ing)? to be|pretend(?:ed|s|ing)? to be|pos(?:ed|es|ing) as|"
        r"impersonat\w*|introduced (?:himself|herself|themselves) as|"
        r"(?:said|says|claimed|claims) (?:he|she|they) (?:was|were|is|are) (?:from )?|"
        r"passing (?:himself|herself) off as)\s*(?:an?\s+|the\s+)?"
        r"(?:\w+\s+)?(?:police|officer|policeman|policewoman|court|judge|lawyer|attorney|"
        r"government|official|regulator|prosecutor|bailiff)",
        "claiming to be police, a court, a lawyer",
        own=False,
    ),
    # Documents that claim to come from a court, the police or a lawyer.
    Row(
        ("fake_documents",),
        r"(?:发来|发了|发过来|发给我|给我发|寄来|寄了|寄到|寄给我|送来|收到|接到|拿到|贴了|塞了|"
        r"拍了|发送)(?:了)?[^，。]{0,16}?{DOCUMENT}",
        "a document received that claims to be from a court, the police or a lawyer",
        threat=(),
        own=False,
        unless=r"真正|真实的|确实是|核实(?:是|为)?真|官网(?:上)?(?:能|可以)?查",
    ),
    Row(
        ("fake_documents",),
        r"(?:假的?|伪造(?:的)?|PS的|P的|冒用)[^，。]{0,6}?{DOCUMENT}|"
        r"{DOCUMENT}[^，。]{0,8}?(?:是假的|假的|伪造|编的|不存在)",
        "a document said to be fake",
    ),
    Row(
        ("fake_documents",),
        r"\b(?:sent|received|got|emailed|texted|mailed|showed|forwarded)\b[^.;!?]{0,30}?"
        r"\b(?:summons|subpoena|warrant|court (?:notice|order|letter|document|papers)|"
        r"lawyer'?s letter|legal (?:notice|letter|document)|police (?:notice|letter)|judge?ment)",
        "they sent a summons, warrant or lawyer's letter",
        threat=(),
        own=False,
    ),
    # Insults, defamation, obscene pictures.
    Row(
        ("insult",),
        r"骂|辱骂|谩骂|侮辱|羞辱|人身攻击|污蔑|诋毁|造谣|诽谤|傻逼|傻[bx叉]|煞笔|(?<![a-z])sb(?![a-z])|"
        r"人渣|畜生|狗东西|不要脸|贱人|贱货|去死|死全家|不得好死|淫秽|裸照|黄图|不雅(?:照|图|视频)|"
        r"P成|P了(?:我|你)|PS(?:了)?(?:我的)?(?:照片|图)|合成(?:了)?[^，。]{0,6}?(?:照片|图片|图)|"
        r"遗照|难听的话|脏话|(?:说|骂|叫|称|喊|当成|当作)(?:我|你)(?:是|为)?[^，。]{0,8}?{NAMES}",
        "insults, swearing, calling names, obscene or edited pictures, rumours",
    ),
    Row(
        ("insult",),
        r"\bcalled me (?:an? )?(?:\w+ )?(?:idiot|liar|thief|scum|deadbeat|loser|cheat|fraud|"
        r"bitch|bastard|pig|dog|trash|garbage|parasite|stupid|useless)|\b(?:swore|swearing|sworn|"
        r"cursed|cursing|insult(?:ed|ing|s)?|abus(?:ed|ive|ing)|humiliat(?:ed|ing)|obscene|"
        r"foul language|photoshopp(?:ed|ing)|defam(?:ed|ing|ation)|slander(?:ed)?)\b",
        "insults in English",
    ),
    # Violence.
    Row(
        ("threat_violence",),
        r"弄死|打死|砍死|砍(?:你|我|人)|杀了?(?:你|我|你们|全家)|卸(?:你)?(?:一条)?(?:胳膊|腿)|"
        r"打断(?:你|我)?(?:的)?(?:腿|手|胳膊)|(?:腿|手|胳膊)(?:给)?打断|废了你|弄残|打残|让(?:你|我)(?:好看|残废|付出代价|"
        r"出不了门|见血)|收拾(?:你|我)|找人(?:来)?(?:收拾|弄|揍|打)|揍(?:你|我)|打你一顿|"
        r"泼(?:红)?(?:油漆|漆|粪|汽油|硫酸)|放火|烧(?:了)?(?:你|我)(?:的)?家|出门(?:要|得)?小心|不得安宁|小心(?:点|一点|你的|你家|"
        r"你孩子)|注意安全|血光之灾|断手断脚|绑(?:了)?(?:你|你的)",
        "threats of harm to the borrower, family or home",
    ),
    Row(
        ("threat_violence",),
        r"\b(?:kill|murder|stab|beat (?:you|me|him|her) up|"
        r"break (?:your|my) (?:legs?|arms?|hands?)|burn (?:your|my|down)|acid|"
        r"watch (?:your|my) back|something (?:bad )?(?:will|would) happen to|"
        r"(?:hurt|harm) (?:you|your|me|my|him|her|the kids|the children)\b(?! credit))",
        "threats of harm in English",
    ),
    # Not saying who they are (the refusal is the point: "不肯说" is not a negation here).
    Row(
        ("refused_identity",),
        r"(?:不肯|不愿意?|拒绝|拒不|不|没|没有|也不)(?:说明?|告诉|透露|报|提供|讲|出示|回答|表明)"
        r"(?:我)?[^，。]{0,6}?(?:名字|姓名|工号|身份|是谁|哪家|哪个|什么公司|公司名|哪里的|机构|全名|"
        r"受谁委托|委托方|证件)",
        "not saying their name, company or who sent them",
        negatable=False,
        own=False,
    ),
    Row(
        ("refused_identity",),
        r"(?:问|让|要|叫|请)(?:他|她|对方|他们|她们)?[^。]{0,14}?(?:是谁|哪家|哪个|什么公司|什么名字|叫什么|名字|"
        r"工号|哪里的|哪个平台|身份)[^。]{0,10}?(?:(?:不肯|不愿意?|拒绝)(?:说|回答|告诉|透露)|不说|不告诉|不回答|不理|挂了|挂断|就挂|"
        r"拒绝|回避|支支吾吾|含糊|不吭声|骂)",
        "asked who they are, and they would not say",
        negatable=False,
        own=False,
    ),
    Row(
        ("refused_identity",),
        r"\b(?:refus(?:ed|es|ing) to (?:give|say|tell|name|identify|disclose|share)|"
        r"(?:would|will|did)(?:n't| not) (?:give|say|tell me|identify)|won'?t (?:give|say|tell me|"
        r"identify)|declined to (?:give|say|identify))|\basked (?:him |her |them )?(?:who|which|"
        r"for (?:his|her|their) name|what company)[^.;!?]{0,40}?\b(?:hung up|refused|wouldn't|"
        r"would not|didn't answer|ignored)",
        "refused to give a name or company",
        negatable=False,
        own=False,
    ),
    # Payment to a person.
    Row(
        ("personal_account",),
        r"(?:转|打|汇|付|还|存|充|交)(?:款|钱|账)?(?:到|进|入|给|去|至)(?:了)?[^，。]{0,8}?"
        r"(?:个人|私人|他的|她的|他自己|她自己|催收员|对方|业务员|专员|这个|指定|陌生人|别人|其他人|他|她)"
        r"(?:的)?(?:个人|私人)?(?:的)?(?:银行)?(?:卡|账户|账号|帐户|帐号|微信|支付宝|收款码|二维码)",
        "paying into a person's card, account, WeChat or Alipay",
        own=False,
    ),
    Row(
        ("personal_account",),
        r"私人账户|私人卡|私人银行卡|个人收款码|私人收款码|"
        r"(?<!我的)(?<!我)个人(?:银行)?(?:卡号|账号|帐号|银行卡|账户|帐户)|"
        r"(?<!我的)(?<!我)(?:私人|个人)的(?:银行卡|卡|账户|账号|微信|支付宝)|"
        r"(?:(?:转|汇)(?:钱|款|账)?|打(?:钱|款))给[^，。]{0,10}?(?:的人|个人|本人)|"
        r"(?:转账|转钱|打钱|汇款|付款)给(?:他|她|对方|催收员)(?:本人|个人|自己)(?!们|公司|平台)|扫(?:他|她|对方)(?:的)?(?:个人)?"
        r"(?:收款码|二维码)|扫(?:他|她|对方)?(?:的)?个人(?:收款码|二维码)",
        "a private account or someone's own payment code",
        own=False,
    ),
    Row(
        ("personal_account",),
        r"\b(?:personal|private|own)\s+(?:bank\s+)?(?:account|card|wechat|alipay)\b|"
        r"\b(?:pay|transfer|send|wire|move)\b[^.;!?]{0,25}?\b(?:his|her)\s+(?:own\s+)?"
        r"(?:account|card|wechat|alipay|qr)",
        "a personal account in English",
        own=False,
    ),
    # Money beyond the contract.
    Row(
        ("unlawful_amount",),
        r"服务费|停催费|停止催收(?:的)?费|催收费|加急费|上门费|出警费|茶水费|辛苦费|砍头息|利滚利|多收|"
        r"加收|额外(?:的)?(?:收|要|交|付|费用|收费|加收|费|多)|多付|多交|合同(?:里|上|中)?(?:根本)?(?:没有|没写|"
        r"以外|之外|外)的?(?:费|钱)|莫名其妙的?(?:费|钱)|不明(?:的)?费用|减免手续费|"
        r"(?:交|付|收|要|缴)(?:一笔|了)?[^，。]{0,6}?手续费|"
        r"(?:交|付|缴)[^，。]{0,10}?费[”\"]?(?:才|就|后)(?:能|可以)|"
        r"[“\"][^”\"，。]{1,8}费[”\"]|多出来的|多出(?:了)?[\d一二三四五六七八九十百千万]+",
        "fees and charges the contract does not have",
    ),
    Row(
        ("unlawful_amount",),
        r"\b(?:service|processing|handling|admin(?:istrative)?|stop[- ]calls?|visit|extra|"
        r"additional|hidden)\s+(?:fees?|charges?)\b|\bmore than (?:the contract|what the contract|"
        r"the loan|i (?:borrowed|owe))|\bdouble what\b|\bpay extra\b",
        "fees and amounts beyond the contract in English",
    ),
    # Flooding.
    Row(
        ("repeated_calls",),
        r"轰炸|狂轰|群呼|呼死你|打爆|(?:一直|不停|反复|连续|接连|轮番|轮流|轮着|不断|没完没了|天天|整天|"
        r"每隔[^，。]{0,4}?|一遍又一遍|一个接一个)(?:地|的)?(?:打|发|来电|拨打|致电|呼叫|call|骚扰|"
        r"接到|收到)|(?:换着|换了|换|不同的?|各种|好几个|很多个?|好多个?)(?:不同的?|陌生的?)?号码|"
        r"(?:每|一)[一二两三五十几\d]*分钟(?:就)?(?:一个|一通|一次|打一次)|"
        r"换(?:了|着)?(?:一个|个|几个)?号(?:码)?(?:继续|接着|又|再)?(?:打|发)|一天到晚|从早到晚|"
        r"从早上[^，。]{0,8}到晚上|停不下来|打个不停|响个不停|一条接一条|夺命连环",
        "flooding: 轰炸, 群呼, calling non-stop, from many numbers",
    ),
    Row(
        ("repeated_calls",),
        r"(?<!第)(?P<n>\d+|[〇零一二两三四五六七八九十百千几数上成]+)(?:多|余|来)?(?:个|通|次|条|遍)",
        "a count of calls or messages big enough to be a flood: '30条', '100个电话'",
        count=True,
        own=False,
    ),
    Row(
        ("repeated_calls",),
        r"\b(?:bombard\w*|flood\w*|non-?stop|over and over|again and again|constantly|"
        r"kept (?:calling|ringing|texting|messaging)|all (?:day|night) long|every (?:few|\d+|ten|"
        r"five|fifteen|twenty|thirty) minutes|different numbers|robocall\w*|around the clock|"
        r"relentless\w*)\b",
        "flooding in English",
    ),
    Row(
        ("repeated_calls",),
        r"\b(?P<n>\d+|dozens|hundreds|scores|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
        r"sixty|a hundred)\s+(?:\w+\s+)?(?:times|calls|phone calls|texts|text messages|messages|"
        r"sms|missed calls)\b",
        "a count in English: '40 times', '50 text messages'",
        count=True,
        own=False,
    ),
)

WORDS = {
    "PEOPLE": PEOPLE,
    "PLACE": PLACE,
    "AUTHORITY": AUTHORITY,
    "DOCUMENT": DOCUMENT,
    "NAMES": NAMES,
}
