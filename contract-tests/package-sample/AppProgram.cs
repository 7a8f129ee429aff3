/// <summary>Stands for the app server's top-level Program.</summary>
public static partial class Program
{
    public const string Name = "LivenessAppServer";
}
