<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CrashDialog</name>
    <message>
        <source>程序出错</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>程序遇到了意外错误。详细信息已记录到 {path}。请点击“复制”，把下面的内容发给管理员。已保存的数据不受影响。</source>
        <translation>The app ran into an unexpected error. The details were written to {path}. Click “Copy” and send the text below to your administrator. Data already saved is not affected.</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>无法完成操作</source>
        <translation>Cannot complete this action</translation>
    </message>
</context>
<context>
    <name>EnterpriseDetailPane</name>
    <message>
        <source>在左侧列表中选择一家企业，这里显示它的全部信息。</source>
        <translation>Select an enterprise in the list to see all its details here.</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>行政区划代码</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>经纬度</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>排污许可证编号</source>
        <translation>Permit no.</translation>
    </message>
    <message>
        <source>许可证有效期</source>
        <translation>Permit validity</translation>
    </message>
    <message>
        <source>重点排污单位</source>
        <translation>Key discharge unit</translation>
    </message>
    <message>
        <source>正面清单</source>
        <translation>Positive list</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>最近检查</source>
        <translation>Last inspections</translation>
    </message>
    <message>
        <source>双随机抽查</source>
        <translation>Random spot check</translation>
    </message>
    <message>
        <source>专项行动</source>
        <translation>Special campaign</translation>
    </message>
    <message>
        <source>信访投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <source>非现场检查</source>
        <translation>Off-site check</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>已更正</source>
        <translation>corrected</translation>
    </message>
    <message>
        <source>企业详情</source>
        <translation>Enterprise details</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{start} 至 {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>暂无检查记录</source>
        <translation>No inspections yet</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <source>企业名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>行政区划</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>许可证到期</source>
        <translation>Permit expires</translation>
    </message>
    <message>
        <source>重点单位</source>
        <translation>Key unit</translation>
    </message>
    <message>
        <source>正面清单</source>
        <translation>Positive list</translation>
    </message>
    <message>
        <source>行政区划代码</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>国民经济行业分类</source>
        <translation>Industry classification (GB/T 4754)</translation>
    </message>
    <message>
        <source>排污许可证有效期至</source>
        <translation>Discharge permit valid until</translation>
    </message>
    <message>
        <source>重点排污单位</source>
        <translation>Key discharge unit</translation>
    </message>
    <message>
        <source>监督执法正面清单中的企业</source>
        <translation>On the positive list for supervision and enforcement</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>名称匹配</source>
        <translation>Matched by name</translation>
    </message>
    <message>
        <source>拼音首字母匹配</source>
        <translation>Matched by pinyin initials</translation>
    </message>
    <message>
        <source>信用代码匹配</source>
        <translation>Matched by credit code</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <source>名称、拼音首字母或信用代码</source>
        <translation>Name, pinyin initials or credit code</translation>
    </message>
    <message>
        <source>显示最匹配的 {count} 家企业；输入更多字可缩小范围</source>
        <translation>Showing the {count} best matches; type more to narrow down</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 家企业</source>
        <translation>
            <numerusform>Found %n enterprise</numerusform>
            <numerusform>Found %n enterprises</numerusform>
        </translation>
    </message>
    <message>
        <source>没有找到匹配的企业</source>
        <translation>No matching enterprise</translation>
    </message>
    <message>
        <source>按名称浏览全部企业；输入关键词可搜索</source>
        <translation>Browsing all enterprises by name; type to search</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>现场执法检查</source>
        <translation>Field Inspector</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>企业</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>今天的检查任务、进行中的检查，以及许可证即将到期的企业。</source>
        <translation>Today&apos;s inspection tasks, inspections in progress, and enterprises whose permits expire soon.</translation>
    </message>
    <message>
        <source>在现场按检查表逐项检查、拍照取证，并打印现场检查（勘察）笔录。</source>
        <translation>Run checklist inspections on site, take photo evidence, and print the on-site inspection record.</translation>
    </message>
    <message>
        <source>从检查发现的问题立案，跟踪调查、告知、决定到结案的每一步和法定期限。</source>
        <translation>Open cases from inspection findings and follow each step and statutory deadline, from investigation and notice to decision and closing.</translation>
    </message>
    <message>
        <source>按执法文书制作指引生成、预览和打印责令改正决定书、行政处罚决定书等文书。</source>
        <translation>Create, preview and print enforcement documents such as rectification orders and penalty decisions, following the document-preparation guide.</translation>
    </message>
    <message>
        <source>回到单位联网后，把检查记录、证据和文书上传到执法平台，并下载最新的企业名录和任务。</source>
        <translation>Back at the office, upload inspection records, evidence and documents to the enforcement platform, and download the latest enterprise registry and tasks.</translation>
    </message>
    <message>
        <source>数据文件夹：{path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>Permit</name>
    <message numerus="yes">
        <source>已过期 %n 天</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation>expires today</translation>
    </message>
    <message numerus="yes">
        <source>还剩 %n 天</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>此功能正在开发中。</source>
        <translation>This part of the app is being built.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
</context>
</TS>
