"""Shared pieces and the first half of the example snapshots (see ``samples``)."""

from __future__ import annotations

from datetime import date
from typing import Any

AGENCY = {"agency_name": "兰州市生态环境局", "agency_short": "我局"}
PARTY = {
    "name": "兰州某精细化工有限公司",
    "code": "91620104MA7C3K2X1D",
    "address": "兰州市西固区合水路88号",
    "legal_representative": "周建国",
    "position": "总经理",
    "phone": "0931-7550000",
}
APPEAL = {"review_body": "兰州市人民政府", "court": "兰州铁路运输法院"}
LI = {"name": "李明", "certificate_no": "62010001"}
WANG = {"name": "王芳", "certificate_no": "62010002"}
ZHANG = {"name": "张伟", "certificate_no": "62010003"}
FACTS = (
    "2026年11月20日，我局执法人员对你单位进行现场检查，发现你单位危险废物贮存库内12个废矿物油"
    "包装桶未设置危险废物识别标志；危险废物管理台账自2026年8月起未记录产生、贮存和转移情况。"
)
EVIDENCE = [
    "2026年11月20日现场检查笔录1份",
    "2026年11月22日调查询问笔录1份",
    "现场照片14张、执法记录仪视频1段",
    "营业执照复印件1份",
]
VIOLATED = "《中华人民共和国生态环境法典》第五百三十一条、第五百三十二条"
PENALTY = "《中华人民共和国生态环境法典》第一千一百七十五条第一款第（一）项、第（三）项"
DISCRETION = (
    "综合考虑你单位系首次被发现该类违法行为、积极配合调查、违法情节一般等因素，按照裁量基准第二档"
)
FINE = 123_000_00
ORDER_NO = "兰环责改〔2026〕15号"
NOTICE_NO = "兰环罚告〔2026〕80号"
DECISION_NO = "兰环罚〔2026〕92号"
SEAL_NO = "兰环查封〔2026〕3号"
ITEMS = [
    {
        "name": "烟气自动监测系统数据采集传输仪",
        "spec": "XC-2000",
        "quantity": "1台",
        "location": "脱硝车间CEMS小屋",
        "seal_no": "FT-2026-0031",
    },
    {
        "name": "氮氧化物分析仪控制单元",
        "spec": "NOX-300",
        "quantity": "1套",
        "location": "脱硝车间CEMS小屋",
        "seal_no": "FT-2026-0032",
    },
]
MATERIALS = [
    {"name": "案件移送书", "pages": 2, "form": "原件"},
    {"name": "案件调查报告", "pages": 6},
    {"name": "现场检查笔录、调查询问笔录", "pages": 9},
    {"name": "现场照片、视频资料及说明", "pages": 12},
    {"name": "监测报告", "pages": 4},
]
PERSONS = [{"name": "孙某某", "id_number": "62010219800101001X", "position": "环保设施运维主管"}]
OPINION = {"text": "同意。", "signer": "陈静", "on": date(2026, 11, 21)}
RECORD = {
    **AGENCY,
    "started": "2026年11月22日 09时30分",
    "ended": "2026年11月22日 10时40分",
    "place": "兰州市生态环境局西固分局询问室",
    "officers": [LI, WANG],
    "recorder": WANG,
}

CASE_SAMPLES: dict[str, dict[str, Any]] = {
    "filing_approval": {
        **AGENCY,
        "number": "兰环立〔2026〕41号",
        "source": "“双随机”抽查发现",
        "cause": "危险废物未设置识别标志、未建立管理台账案",
        "party": PARTY,
        "summary": FACTS,
        "handler": {"text": "建议立案调查。", "signer": "李明", "on": date(2026, 11, 21)},
        "department": OPINION,
        "head": {"text": "同意立案。", "signer": "赵磊", "on": date(2026, 11, 21)},
    },
    "inquiry_record": {
        **RECORD,
        "cause": "危险废物管理违法案",
        "interviewee": "赵强",
        "interviewee_id": "11010519491231002X",
        "interviewee_employer": "兰州某精细化工有限公司 EHS经理",
        "interviewee_phone": "13800000000",
        "notice": "我们是兰州市生态环境局执法人员，已出示执法证件。你有如实回答询问的义务，"
        "也有申请执法人员回避的权利。你是否申请回避？答：不申请。",
        "questions": [
            {
                "question": "危险废物贮存库内的包装桶为何未设置识别标志？",
                "answer": "标签脱落后未及时更换。",
            },
            {
                "question": "危险废物台账为何自8月起没有记录？",
                "answer": "原台账记录员离职，交接不到位。",
            },
        ],
    },
    "sampling_record": {
        **AGENCY,
        "party": PARTY,
        "place": "兰州某精细化工有限公司废水总排口",
        "samplers": [LI, WANG],
        "samples": [
            {
                "sample_id": "LZ2026-1120-01",
                "point": "废水总排口",
                "taken_at": "2026年11月20日 10时15分",
                "item": "化学需氧量、氨氮",
                "container": "500mL玻璃瓶",
                "preservation": "加硫酸至pH<2，4℃冷藏",
                "seal_no": "YF-0081",
            }
        ],
        "handed_to": "兰州市生态环境监测中心（接收人：刘洋）",
    },
    "evidence_preservation": {
        **AGENCY,
        "number": "兰环先保〔2026〕2号",
        "issued_on": date(2026, 11, 20),
        "party": PARTY,
        "reason": "危险废物管理台账及相关记录可能被篡改或者灭失",
        "items": [{"name": "危险废物管理台账", "spec": "A4纸质", "quantity": "2册"}],
        "storage_place": "兰州某精细化工有限公司档案室",
        "custodian": "赵强",
    },
    "order_to_correct": {
        **AGENCY,
        "number": ORDER_NO,
        "issued_on": date(2026, 11, 20),
        "party": PARTY,
        "facts": FACTS,
        "evidence": EVIDENCE[:3],
        "violated_provision": VIOLATED,
        "order_basis": "《中华人民共和国生态环境法典》第一千一百七十五条第一款",
        "corrections": [
            "对危险废物贮存库内全部包装桶按规定设置危险废物识别标志",
            "补记2026年8月以来危险废物产生、贮存和转移情况，建立完整管理台账",
        ],
        "deadline": date(2026, 12, 5),
        "appeal": APPEAL,
    },
    "sealing_decision": {
        **AGENCY,
        "number": SEAL_NO,
        "issued_on": date(2026, 11, 23),
        "party": PARTY,
        "facts": "你单位通过修改氮氧化物分析仪斜率参数、稀释采样管路等方式篡改自动监测数据，"
        "逃避监管排放大气污染物，可能造成证据灭失。",
        "basis": "《中华人民共和国生态环境法典》第一百二十五条",
        "items": ITEMS,
        "start_on": date(2026, 11, 23),
        "end_on": date(2026, 12, 22),
        "custodian": "兰州某精细化工有限公司（由当事人保管，不得使用）",
        "appeal": APPEAL,
    },
    "sealing_list": {
        **AGENCY,
        "issued_on": date(2026, 11, 23),
        "party": PARTY,
        "decision_number": SEAL_NO,
        "place": "兰州某精细化工有限公司脱硝车间",
        "items": ITEMS,
        "officers": [LI, WANG],
    },
    "sealing_extension": {
        **AGENCY,
        "number": "兰环封延〔2026〕1号",
        "issued_on": date(2026, 12, 20),
        "party": PARTY,
        "decision_number": SEAL_NO,
        "decision_issued_on": date(2026, 11, 23),
        "original_end_on": date(2026, 12, 22),
        "new_end_on": date(2027, 1, 21),
        "reason": "数据篡改情况需委托第三方检测机构鉴定，鉴定尚未完成",
    },
    "sealing_release": {
        **AGENCY,
        "number": "兰环解封〔2027〕1号",
        "issued_on": date(2027, 1, 15),
        "party": PARTY,
        "decision_number": SEAL_NO,
        "reason": "鉴定已经完成，查封设备已无继续查封的必要",
        "items": ITEMS,
        "released_on": date(2027, 1, 15),
    },
    "investigation_report": {
        **AGENCY,
        "case_number": "兰环立〔2026〕41号",
        "cause": "危险废物未设置识别标志、未建立管理台账案",
        "party": PARTY,
        "investigators": [LI, WANG],
        "process": "2026年11月20日现场检查发现问题，11月21日立案，11月22日询问当事人EHS经理赵强。",
        "facts": FACTS,
        "evidence": EVIDENCE,
        "violated_provision": VIOLATED,
        "penalty_provision": PENALTY,
        "discretion": DISCRETION + "，拟罚款123000元。",
        "proposal": "建议对当事人罚款壹拾贰万叁仟元，并责令改正。",
        "reported_on": date(2026, 11, 24),
    },
    "prior_notice": {
        **AGENCY,
        "number": NOTICE_NO,
        "issued_on": date(2026, 11, 25),
        "party": PARTY,
        "facts": FACTS,
        "evidence": EVIDENCE,
        "violated_provision": VIOLATED,
        "penalty_provision": PENALTY,
        "discretion": DISCRETION,
        "fine_fen": FINE,
        "contact_person": "李明",
        "contact_phone": "0931-8888888",
        "agency_address": "兰州市城关区雁滩路2号",
    },
    "statement_record": {
        **RECORD,
        "started": "2026年11月27日 14时00分",
        "ended": "2026年11月27日 14时40分",
        "party": PARTY,
        "prior_notice_number": NOTICE_NO,
        "speaker": "赵强（受当事人委托）",
        "statement": "对违法事实无异议。已于11月25日完成标识整改，请求从轻处罚。",
        "review": "当事人所提整改情况属实，已在裁量中予以考虑，维持拟处罚意见。",
    },
    "hearing_notice": {
        **AGENCY,
        "number": "兰环听通〔2026〕4号",
        "issued_on": date(2026, 11, 28),
        "party": PARTY,
        "cause": "危险废物未设置识别标志、未建立管理台账",
        "request_date": date(2026, 11, 27),
        "hearing_date": date(2026, 12, 8),
        "hearing_time": "上午9时30分",
        "hearing_place": "兰州市生态环境局三楼听证室",
        "chair": "陈静",
        "recorder": "刘洋",
        "contact": "李明 0931-8888888",
    },
    "hearing_record": {
        **RECORD,
        "started": "2026年12月8日 09时30分",
        "ended": "2026年12月8日 11时00分",
        "place": "兰州市生态环境局三楼听证室",
        "cause": "危险废物未设置识别标志、未建立管理台账案",
        "party": PARTY,
        "attendees": [
            "陈静（主持人）",
            "刘洋（记录员）",
            "李明、王芳（调查人员）",
            "赵强（委托代理人）",
        ],
        "investigator_case": FACTS,
        "party_statement": "对事实无异议，认为罚款数额偏高。",
        "final_statements": "请求从轻处罚。",
    },
    "legal_review": {
        **AGENCY,
        "case_number": "兰环立〔2026〕41号",
        "cause": "危险废物未设置识别标志、未建立管理台账案",
        "party": PARTY,
        "submitted": "案件调查报告、证据材料、事先告知书及送达回证、陈述申辩笔录。",
        "findings": [
            "执法主体合法，执法人员具有执法资格",
            "事实清楚，证据确凿",
            "适用法律正确，裁量适当",
            "程序合法",
        ],
        "conclusion": "同意承办机构的处理意见。",
        "reviewers": ["陈静"],
        "reviewed_on": date(2026, 12, 10),
    },
    "collective_discussion": {
        **AGENCY,
        "case_number": "兰环立〔2026〕41号",
        "cause": "危险废物未设置识别标志、未建立管理台账案",
        "held": "2026年12月11日 15时00分",
        "place": "兰州市生态环境局第一会议室",
        "chair": "赵磊",
        "recorder": "刘洋",
        "participants": [
            {"name": "赵磊", "position": "局长"},
            {"name": "陈静", "position": "法规科科长"},
            {"name": "张伟", "position": "执法支队队长"},
        ],
        "presentation": FACTS,
        "discussion": ["事实清楚，证据充分", "裁量适当，同意罚款123000元"],
        "conclusion": "对当事人罚款壹拾贰万叁仟元。",
    },
}
