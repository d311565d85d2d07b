"""Synthetic but realistic enterprise records for the benchmarks.

Search speed depends on the shape of the data far more than on its size: how often a bigram
such as 化工 or 兰州 occurs decides how long FTS5's doclists are.  So the names here follow the
patterns of a real Chinese registry (region prefix, brand, industry word, legal form; branches,
numbered state factories, bracketed city names) with skewed frequencies: most enterprises sit
in a few Gansu cities, 化工 is far commoner than 电镀, and nearly every name ends in 有限公司.
Everything is drawn from one seeded ``random.Random``, so a given seed always yields the same
registry.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from inspector_app.registry.validators import USCC_ALPHABET, uscc_check_char

# Permit dates are relative to a fixed day, not today, so a cached database stays comparable.
REFERENCE_DAY = date(2026, 12, 1)


@dataclass(frozen=True)
class City:
    code: str
    name: str
    province: str  # short province name used in names such as 甘肃陇原水泥有限公司
    lon: float
    lat: float
    weight: float
    districts: tuple[tuple[str, str], ...] = ()


# Gansu first (the agency's province, so the bulk of the registry), then a national spread.
CITIES: tuple[City, ...] = (
    City("620100", "兰州", "甘肃", 103.83, 36.06, 20, (
        ("620102", "城关区"), ("620103", "七里河区"), ("620104", "西固区"), ("620105", "安宁区"),
        ("620111", "红古区"), ("620121", "永登县"), ("620122", "皋兰县"), ("620123", "榆中县"),
    )),
    City("620200", "嘉峪关", "甘肃", 98.29, 39.77, 2),
    City("620300", "金昌", "甘肃", 102.19, 38.52, 2, (("620302", "金川区"), ("620321", "永昌县"))),
    City("620400", "白银", "甘肃", 104.14, 36.55, 5, (
        ("620402", "白银区"), ("620403", "平川区"), ("620421", "靖远县"), ("620422", "会宁县"),
        ("620423", "景泰县"),
    )),
    City("620500", "天水", "甘肃", 105.72, 34.58, 5, (("620502", "秦州区"), ("620503", "麦积区"))),
    City("620600", "武威", "甘肃", 102.64, 37.93, 3, (("620602", "凉州区"), ("620621", "民勤县"))),
    City("620700", "张掖", "甘肃", 100.45, 38.93, 3, (("620702", "甘州区"), ("620722", "民乐县"))),
    City("620800", "平凉", "甘肃", 106.67, 35.54, 3, (("620802", "崆峒区"), ("620821", "泾川县"))),
    City("620900", "酒泉", "甘肃", 98.49, 39.73, 3, (
        ("620902", "肃州区"), ("620981", "玉门市"), ("620982", "敦煌市"),
    )),
    City("621000", "庆阳", "甘肃", 107.64, 35.71, 3, (("621002", "西峰区"), ("621021", "庆城县"))),
    City("621100", "定西", "甘肃", 104.62, 35.58, 2, (("621102", "安定区"), ("621121", "通渭县"))),
    City("621200", "陇南", "甘肃", 104.92, 33.40, 2, (("621202", "武都区"), ("621221", "成县"))),
    City("622900", "临夏", "甘肃", 103.21, 35.60, 2, (("622901", "临夏市"),)),
    City("623000", "甘南", "甘肃", 102.91, 34.98, 1, (("623001", "合作市"),)),
    City("110100", "北京", "北京", 116.40, 39.90, 2, (("110105", "朝阳区"), ("110108", "海淀区"))),
    City("120100", "天津", "天津", 117.20, 39.08, 1.5, (("120116", "滨海新区"),)),
    City("310100", "上海", "上海", 121.47, 31.23, 2, (("310115", "浦东新区"),)),
    City("500100", "重庆", "重庆", 106.55, 29.56, 1.5, (("500112", "渝北区"),)),
    City("130100", "石家庄", "河北", 114.51, 38.04, 1),
    City("130200", "唐山", "河北", 118.18, 39.63, 1),
    City("140100", "太原", "山西", 112.55, 37.87, 1),
    City("150100", "呼和浩特", "内蒙古", 111.75, 40.84, 1),
    City("210100", "沈阳", "辽宁", 123.43, 41.80, 1),
    City("220100", "长春", "吉林", 125.32, 43.82, 1),
    City("230100", "哈尔滨", "黑龙江", 126.53, 45.80, 1),
    City("320100", "南京", "江苏", 118.80, 32.06, 1),
    City("320500", "苏州", "江苏", 120.59, 31.30, 1.5),
    City("330100", "杭州", "浙江", 120.16, 30.27, 1.5),
    City("330600", "绍兴", "浙江", 120.58, 30.00, 1),
    City("340100", "合肥", "安徽", 117.23, 31.82, 1),
    City("350200", "厦门", "福建", 118.09, 24.48, 1),
    City("360100", "南昌", "江西", 115.86, 28.68, 1),
    City("370100", "济南", "山东", 117.12, 36.65, 1),
    City("370300", "淄博", "山东", 118.05, 36.81, 1),
    City("410100", "郑州", "河南", 113.63, 34.75, 1),
    City("420100", "武汉", "湖北", 114.31, 30.59, 1),
    City("430100", "长沙", "湖南", 112.94, 28.23, 1),
    City("440100", "广州", "广东", 113.26, 23.13, 1.5),
    City("440300", "深圳", "广东", 114.06, 22.54, 1.5),
    City("441900", "东莞", "广东", 113.75, 23.02, 1),
    City("450100", "南宁", "广西", 108.37, 22.82, 1),
    City("510100", "成都", "四川", 104.07, 30.57, 1.5),
    City("520100", "贵阳", "贵州", 106.63, 26.65, 1),
    City("530100", "昆明", "云南", 102.83, 24.88, 1),
    City("610100", "西安", "陕西", 108.94, 34.34, 2),
    City("630100", "西宁", "青海", 101.78, 36.62, 1.5),
    City("640100", "银川", "宁夏", 106.23, 38.49, 1.5),
    City("650100", "乌鲁木齐", "新疆", 87.62, 43.83, 1.5),
)  # fmt: skip

# (name word, national industry category, weight): 化工 and 建材 dominate, 电镀 is rarer.
INDUSTRIES: tuple[tuple[str, str, float], ...] = (
    ("化工", "化学原料和化学制品制造业", 10),
    ("精细化工", "化学原料和化学制品制造业", 3),
    ("煤化工", "化学原料和化学制品制造业", 1.5),
    ("石化", "石油、煤炭及其他燃料加工业", 2),
    ("焦化", "石油、煤炭及其他燃料加工业", 1.5),
    ("水泥", "非金属矿物制品业", 6),
    ("建材", "非金属矿物制品业", 6),
    ("混凝土", "非金属矿物制品业", 4),
    ("玻璃", "非金属矿物制品业", 1),
    ("陶瓷", "非金属矿物制品业", 1),
    ("砖瓦", "非金属矿物制品业", 1.5),
    ("制药", "医药制造业", 3),
    ("生物制药", "医药制造业", 1.5),
    ("印染", "纺织业", 1.5),
    ("纺织", "纺织业", 2),
    ("电镀", "金属制品业", 1),
    ("表面处理", "金属制品业", 0.7),
    ("机械", "通用设备制造业", 5),
    ("热电", "电力、热力生产和供应业", 1.5),
    ("热力", "电力、热力生产和供应业", 2),
    ("新能源", "电力、热力生产和供应业", 2),
    ("光伏", "电力、热力生产和供应业", 1),
    ("包装", "印刷和记录媒介复制业", 2.5),
    ("印刷", "印刷和记录媒介复制业", 2),
    ("纸业", "造纸和纸制品业", 1.5),
    ("污水处理", "水的生产和供应业", 2),
    ("水务", "水的生产和供应业", 1.5),
    ("铝业", "有色金属冶炼和压延加工业", 1.5),
    ("有色金属", "有色金属冶炼和压延加工业", 1.5),
    ("冶金", "黑色金属冶炼和压延加工业", 1.5),
    ("钢铁", "黑色金属冶炼和压延加工业", 1.5),
    ("化肥", "化学原料和化学制品制造业", 1),
    ("农药", "化学原料和化学制品制造业", 0.7),
    ("涂料", "化学原料和化学制品制造业", 1),
    ("橡胶", "橡胶和塑料制品业", 1),
    ("塑业", "橡胶和塑料制品业", 2),
    ("食品", "食品制造业", 5),
    ("酿造", "酒、饮料和精制茶制造业", 1.5),
    ("乳业", "食品制造业", 1),
    ("皮革", "皮革、毛皮、羽毛及其制品和制鞋业", 0.7),
    ("养殖", "畜牧业", 4),
    ("屠宰", "农副食品加工业", 1),
    ("再生资源", "废弃资源综合利用业", 1.5),
    ("危废处置", "生态保护和环境治理业", 0.5),
    ("环保", "生态保护和环境治理业", 3),
    ("矿业", "有色金属矿采选业", 3),
    ("洗煤", "煤炭开采和洗选业", 1),
    ("沥青", "石油、煤炭及其他燃料加工业", 0.7),
    ("汽车维修", "机动车、电子产品和日用产品修理业", 3),
    ("家具", "家具制造业", 1.5),
    ("医疗废物处置", "生态保护和环境治理业", 0.3),
    ("垃圾焚烧发电", "电力、热力生产和供应业", 0.3),
)

# Brands: some well-worn regional words, plus two-character combinations of auspicious
# characters (about 8,000 of them), which is what keeps a million names mostly unique.
FIXED_BRANDS = (
    "金城", "黄河", "陇原", "西部", "兰新", "丝路", "祁连", "皋兰", "华陇", "新区", "陇海",
    "敦煌", "河西", "飞天", "昆仑", "天成", "宏达", "华亭", "靖远", "荣华", "东方", "长城",
)  # fmt: skip
BRAND_CHARS = (
    "金鑫华盛源泰恒达宏昌隆祥瑞丰通远兴晟宇博创新德福安康永长嘉佳和顺益利信诚正鼎辉耀明光天"
    "海山川陇秦汉唐凯腾飞振威建成旺发荣富宝龙凤鹏峰亿万众联合力强立泽润泓洁清绿环宁远弘毅"
)
MODIFIERS = ("科技", "实业", "新材料", "环保科技", "生物", "精细", "工贸", "发展")
FORMS = (
    ("有限公司", 50),
    ("有限责任公司", 25),
    ("股份有限公司", 10),
    ("集团有限公司", 5),
    ("厂", 5),
    ("合作社", 2),
)
ORDINALS = "一二三四五六七八九十"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜"
GIVEN = "建国志强海燕红梅国栋晓东丽娟永福春生玉兰文军秀英桂芳明辉小平德胜金花学军卫东淑珍"
ROADS = ("合水", "西津", "天水", "南滨河", "北滨河", "建兰", "金昌", "雁滩", "定西", "工业园")


@dataclass(frozen=True)
class EnterpriseRecord:
    """One synthetic registry row, in the fields the import format and the table share."""

    credit_code: str
    name: str
    legal_representative: str
    address: str
    region_code: str
    industry: str
    longitude: float
    latitude: float
    permit_no: str
    permit_valid_from: date
    permit_valid_to: date
    key_discharge_unit: bool
    positive_list: bool
    contact_person: str
    contact_phone: str


def short_place(district: str) -> str:
    """西固区 → 西固 as names use it; two-character names such as 成县 stay whole."""
    return district[:-1] if len(district) > 2 and district[-1] in "区县市" else district


def credit_code(region: str, rng: random.Random) -> str:
    """A valid 统一社会信用代码, like ``demo.make_credit_code`` but with one ``choices`` call.

    The demo helper draws nine characters one by one, which is a fifth of the generation time
    at a million rows; the check character comes from the app's own validator either way.
    """
    first17 = "91" + region + "".join(rng.choices(USCC_ALPHABET, k=9))
    return first17 + uscc_check_char(first17)


def _cumulative(weights: list[float]) -> list[float]:
    return list(accumulate(weights))


class RegistryFactory:
    """Draws unique enterprises (by name and by credit code) from a seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names: set[str] = set()
        self.codes: set[str] = set()
        # Cumulative weights computed once: ``choices`` would redo it on every call.
        self._cities = _cumulative([c.weight for c in CITIES])
        self._industries = _cumulative([w for _, _, w in INDUSTRIES])
        self._form_names = [f for f, _ in FORMS]
        self._forms = _cumulative([w for _, w in FORMS])

    def brand(self) -> str:
        if self.rng.random() < 0.15:
            return self.rng.choice(FIXED_BRANDS)
        return self.rng.choice(BRAND_CHARS) + self.rng.choice(BRAND_CHARS)

    def _name(self, city: City, district: str, industry: str) -> str:
        rng = self.rng
        brand = self.brand()
        form = rng.choices(self._form_names, cum_weights=self._forms)[0]
        place = short_place(district)
        pattern = rng.random()
        if pattern < 0.45:
            return f"{city.name}{brand}{industry}{form}"
        if pattern < 0.58 and place:
            return f"{city.name}{place}{brand}{industry}{form}"
        if pattern < 0.72:
            return f"{city.province}{brand}{industry}{form}"
        if pattern < 0.80:
            return f"{brand}{industry}（{city.name}）{form}"
        if pattern < 0.87:
            return f"{city.province}{brand}{industry}有限公司{place or city.name}分公司"
        if pattern < 0.92:
            return f"{city.name}第{rng.choice(ORDINALS)}{industry}厂"
        return f"{city.name}{brand}{rng.choice(MODIFIERS)}{industry}{form}"

    def _person(self) -> str:
        rng = self.rng
        return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))

    def record(self) -> EnterpriseRecord:
        rng = self.rng
        city = rng.choices(CITIES, cum_weights=self._cities)[0]
        region, district = rng.choice(city.districts) if city.districts else (city.code, "")
        word, category, _ = rng.choices(INDUSTRIES, cum_weights=self._industries)[0]
        name = self._name(city, district, word)
        while name in self.names:
            name = self._name(city, district, word)
        self.names.add(name)
        code = credit_code(region, rng)
        while code in self.codes:
            code = credit_code(region, rng)
        self.codes.add(code)
        # Permit expiry: a fifth already expired, a few expiring soon, most years away.
        valid_to = REFERENCE_DAY + timedelta(days=rng.randint(-365, 1800))
        return EnterpriseRecord(
            credit_code=code,
            name=name,
            legal_representative=self._person(),
            address=f"{city.name}市{district}{rng.choice(ROADS)}路{rng.randint(1, 999)}号",
            region_code=region,
            industry=category,
            longitude=round(city.lon + rng.uniform(-0.4, 0.4), 6),
            latitude=round(city.lat + rng.uniform(-0.3, 0.3), 6),
            permit_no=f"{code}00{rng.randint(1, 9)}{rng.choice('PVUQ')}",
            permit_valid_from=valid_to - timedelta(days=1825),
            permit_valid_to=valid_to,
            key_discharge_unit=rng.random() < 0.15,
            positive_list=rng.random() < 0.1,
            contact_person=self._person(),
            contact_phone=f"1{rng.choice('3589')}{rng.randint(0, 999_999_999):09d}",
        )

    def records(self, count: int) -> Iterator[EnterpriseRecord]:
        for _ in range(count):
            yield self.record()
