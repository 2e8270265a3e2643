/** The fixed vocabularies of a library, apart from the schema so the task pane can use them without zod. */
export const VALUE_BASES = ["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"] as const;
export const PROJECT_TYPES = [
  "设备购置", "培训", "会议", "课题研究与编纂", "信息化建设", "信息系统运维", "工程建设与维修",
  "补助补贴发放", "宣传", "政府购买服务", "日常运行保障",
] as const;

export const SECTORS = [
  "教育", "卫生健康", "农业农村", "交通运输", "水利", "生态环境", "科技", "工业和信息化", "商务",
  "发展改革", "人力资源和社会保障", "文化旅游", "住房城乡建设", "民政",
] as const;

export const TANGSHAN_TYPES = ["产业升级", "平台建设", "绿色发展", "人才工程", "创新驱动", "对外开放"] as const;
export const TANGSHAN_LAYERS = ["总体指标", "分类指标", "项目指标"] as const;
export const STAGES = ["绩效目标", "事前评估", "事中监控", "事后评价"] as const;
export const DEPT_DIMENSIONS = ["运行成本", "管理效率", "履职效能", "社会效应", "可持续发展能力", "服务对象满意度"] as const;
