from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument
from launch.conditions import IfCondition
from launch.substitutions import LaunchConfiguration
from launch_ros.actions import Node


def generate_launch_description():
    use_lidar = LaunchConfiguration("use_lidar")
    return LaunchDescription([
        DeclareLaunchArgument("use_lidar", default_value="true"),
        Node(
            package="rplidar_ros", executable="rplidar_node", name="rplidar",
            parameters=[{"serial_port": "/dev/rplidar", "frame_id": "laser", "angle_compensate": True}],
            condition=IfCondition(use_lidar),
        ),
        Node(
            package="robot_localization", executable="ekf_node", name="ekf",
            parameters=["config/ekf.yaml"],
        ),
        Node(
            package="tf2_ros", executable="static_transform_publisher",
            arguments=["0.1", "0", "0.25", "0", "0", "0", "base_link", "laser"],
        ),
    ])
